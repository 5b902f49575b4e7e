package geo

import "embed"

// Notice is the NOTICE of the data this package bundles: where each file
// of data/ comes from, at which version, under which licence.
//
//go:embed data/NOTICE.txt
var Notice string

// Licences holds the licence texts the Notice names (data/LICENSE-*.txt).
//
//go:embed data/LICENSE-*.txt
var Licences embed.FS
