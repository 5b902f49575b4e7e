// Package render prints a compare.Report in one of the output formats:
// text (the fact-checker's view, optionally coloured), json, yaml,
// markdown, sarif, github workflow commands and a self-contained html page.
//
// Every format implements Renderer over the one Report. Renderers write
// only to the writer they are given; they never decide on colour (the
// caller does, once, and says so in Options), never read flags or the
// environment, and never exit. Machine formats never carry ANSI codes.
package render
