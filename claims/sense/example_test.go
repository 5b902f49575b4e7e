package sense_test

import (
	"fmt"

	"github.com/crosscheck/crosscheck/claims/sense"
)

func Example() {
	tb, err := sense.Default()
	if err != nil {
		panic(err)
	}
	fmt.Println(tb.NounClass("nurse"), tb.NounClass("hospital"), tb.NounClass("week"))
	fmt.Println(tb.IsA("pistol", sense.Noun, "weapon"))
	fmt.Println(tb.EventType("derailment", sense.Noun), tb.EventType("fatal", sense.Adj))
	fmt.Println(tb.Derived("collide", sense.Verb)[0].Lemma)
	fmt.Println(tb.Similar("wounded", "hurt", sense.Adj), tb.Similar("ferry", "tanker", sense.Noun))
	// Output:
	// person facility time
	// true
	// derail die
	// collision
	// true false
}

func ExampleTables_EventSenses() {
	tb, err := sense.Default()
	if err != nil {
		panic(err)
	}
	// The first verb sense of fire is shooting; dismissing is the fourth.
	fmt.Println(tb.EventType("fire", sense.Verb), tb.EventSenses("fire", sense.Verb)[:4])
	// Output:
	// shoot [shoot shoot  end-position]
}

func ExampleTables_Subsumer() {
	tb, err := sense.Default()
	if err != nil {
		panic(err)
	}
	fmt.Println(tb.Subsumer("ferry", "tanker", sense.Noun))
	// Output:
	// vessel 2 3
}
