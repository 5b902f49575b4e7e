// Package cmd is crosscheck's command line: the cobra commands (one file
// each: check, claims, entities, export, explain, config validate,
// version, completion), flag and config-file handling, the choice of
// colour and width for the terminal, and the mapping of results to exit
// codes (0 no conflict at or above --fail-on, 1 conflicts, 2 usage or
// input errors).
//
// It owns everything that touches the outside world: it reads files,
// flags and the environment, writes to the streams it is given, and
// decides the exit code. The printing of reports lives in cmd/render.
// version --licenses prints the code's licence and the NOTICE of every
// part that bundles others' work, from the list in notices.go.
// Nothing here calls os.Exit: Main returns the code to main. Commands are
// built by constructors taking their streams and a run function, never
// registered by init, so tests can run them in isolation.
package cmd
