package geo_test

import (
	"fmt"

	"github.com/crosscheck/crosscheck/claims/geo"
)

func ExampleRelate() {
	fmt.Println(geo.Relate("Ankara", "the Turkish capital"))
	fmt.Println(geo.Relate("Nice", "France"))
	fmt.Println(geo.Relate("Marseille", "Cologne"))
	// Output:
	// same
	// within
	// disjoint
}

func ExampleDescribe() {
	p, ok := geo.Describe("the Thai capital")
	fmt.Println(p.Name, p.Country, ok)
	// Output: Bangkok TH true
}

func ExampleDemonym() {
	code, ok := geo.Demonym("Spaniards")
	fmt.Println(code, ok)
	// Output: ES true
}

func ExampleIsPlaceName() {
	fmt.Println(geo.IsPlaceName("Reading"), geo.IsPlaceName("reading"), geo.IsCommonWord("Reading"))
	// Output: true false true
}
