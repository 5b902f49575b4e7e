package value_test

import (
	"fmt"
	"time"

	"github.com/crosscheck/crosscheck/claims/value"
)

func ExampleFindNumbers() {
	for _, n := range value.FindNumbers("At least eight climbers and about 50 porters walked some 100 km.") {
		lo, hi := n.Bounds()
		fmt.Printf("%q %s [%g, %g]\n", n.Text, n.Number, lo, hi)
	}
	// Output:
	// "At least eight" >=8 [8, +Inf]
	// "about 50" ~50 [45, 55]
	// "some 100 km" ~100 km [90, 110]
}

func ExampleCompareNumbers() {
	a, _ := value.ParseNumber("at least eight")
	b, _ := value.ParseNumber("nine")
	c, _ := value.ParseNumber("about 60 miles")
	d, _ := value.ParseNumber("some 100 km")
	fmt.Println(value.CompareNumbers(a, b), value.CompareNumbers(c, d))
	// Output: agree agree
}

func ExampleFindDates() {
	published := time.Date(2016, 12, 21, 0, 0, 0, 0, time.UTC)
	for _, d := range value.FindDates("The envoy, who arrived on Monday, left yesterday; talks resume next Friday.", published) {
		fmt.Printf("%q %s\n", d.Text, d.Date)
	}
	// Output:
	// "Monday" 2016-12-19
	// "yesterday" 2016-12-20
	// "next Friday" 2016-12-23
}

func ExampleCompareDates() {
	monday := value.FindDates("on Monday", time.Date(2016, 12, 21, 0, 0, 0, 0, time.UTC))[0]
	dated := value.FindDates("on 19 December", time.Date(2016, 12, 22, 0, 0, 0, 0, time.UTC))[0]
	fmt.Println(value.CompareDates(monday.Date, dated.Date))
	// Output: agree
}

func ExampleCompareTimes() {
	a := value.FindTimes("at 16:30 BST")[0]
	b := value.FindTimes("at 10.30pm UTC+7")[0]
	c := value.FindTimes("around 1 a.m.")[0]
	d := value.FindTimes("at about 2am")[0]
	fmt.Println(value.CompareTimes(a.Clock, b.Clock, value.UnknownOffset),
		value.CompareTimes(c.Clock, d.Clock, value.UnknownOffset))
	// Output: agree conflict
}

func ExampleLexicon_Extend() {
	user, err := value.DecodeLexicon([]byte(`
hedges:
  about: [in the region of]
quantifiers:
  a clutch of: {min: 3, max: 6}
units:
  km: [klicks]
`), "crosscheck.yaml")
	if err != nil {
		fmt.Println(err)
		return
	}
	lex, err := value.Default().Extend(user)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, n := range lex.FindNumbers("In the region of 300 riders and a clutch of vans covered 40 klicks.") {
		fmt.Printf("%q %s\n", n.Text, n.Number)
	}
	_, err = value.Default().Extend(value.LexiconData{Hedges: map[string][]string{"roughly": {"in the region of"}}})
	fmt.Println(err)
	// Output:
	// "In the region of 300" ~300
	// "a clutch of" 3-6
	// "40 klicks" 40 km
	// hedges: "roughly": unknown meaning; want one of: at least, more than, up to, fewer than, about, nearly, just over
}
