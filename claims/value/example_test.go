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
