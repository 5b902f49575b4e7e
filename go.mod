module github.com/crosscheck/crosscheck

go 1.26.8

require (
	codeberg.org/readeck/go-readability/v2 v2.1.2
	github.com/adrg/strutil v0.3.1
	github.com/fatih/color v1.18.0
	github.com/google/go-cmp v0.7.0
	github.com/mozillazg/go-unidecode v0.2.0
	github.com/rogpeppe/go-internal v1.14.1
	github.com/spf13/cobra v1.10.1
	golang.org/x/net v0.59.0
	golang.org/x/term v0.46.0
	golang.org/x/text v0.43.0
	gopkg.in/yaml.v3 v3.0.1
)

require (
	github.com/andybalholm/cascadia v1.3.3 // indirect
	github.com/go-shiori/dom v0.0.0-20230515143342-73569d674e1c // indirect
	github.com/gogs/chardet v0.0.0-20211120154057-b7413eaefb8f // indirect
	github.com/inconshreveable/mousetrap v1.1.0 // indirect
	github.com/itlightning/dateparse v0.2.1 // indirect
	github.com/mattn/go-colorable v0.1.13 // indirect
	github.com/mattn/go-isatty v0.0.20 // indirect
	github.com/spf13/pflag v1.0.9 // indirect
	golang.org/x/sys v0.48.0 // indirect
	golang.org/x/tools v0.51.0 // indirect
)
