// Package sources gets news articles in and keeps only the article.
//
// It reads plain text (.txt), Markdown with YAML front matter (.md,
// .markdown), saved web pages (.html, .htm), standard input ("-") and
// http(s) URLs, and folders of those, recursively. Each input becomes an
// Article: its main text as blocks (paragraphs, headlines, captions, list
// items) joined by blank lines, one line per block, and what is known of
// it: title, outlet, author, URL and publication date, with where that
// date came from (a --published flag, front matter, page metadata, a date
// line or a dateline). A date is never guessed.
//
// Page furniture never reaches Article.Text: photo and agency credits,
// related-story links and the headlines after them, author bios, bylines,
// navigation, cookie banners, newsletter boxes, share prompts, tags,
// weather widgets, trending lists, comment notices and footers. Captions
// are kept, without their credits, as Caption blocks. Datelines are cut
// from the first paragraph and kept in Article.Dateline. HTML pages are
// walked token by token, with class, id and role hints, and the blocks
// kept are those that go-readability also holds for main text.
//
// Every byte offset of Article.Text maps back, through Article.Position,
// to file:line:col of the input (for HTML, of the page source), the
// column counted in characters. Text is cleaned on the way: byte order
// marks, UTF-16, Windows-1252 fallback (with a warning), Unicode spaces
// folded, soft hyphens and zero-width characters removed, entities
// decoded, curly quotes kept.
//
// A bad input (missing, unreadable, binary, empty, too large, malformed
// front matter, no article text, an unreachable URL) gives one InputError
// naming it and the reason, and the other inputs are still read.
//
// The package must not print, read flags, exit, or know about claims or
// reports: it hands Articles to the packages that extract and compare.
package sources
