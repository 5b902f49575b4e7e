package value

import (
	"reflect"
	"testing"
)

func TestFindMatchesFinders(t *testing.T) {
	for _, s := range append(append([]string{}, benchSentences...), fuzzSeeds...) {
		t.Run(s, func(t *testing.T) {
			v := Find(s, benchPub)
			if n := FindNumbers(s); !reflect.DeepEqual(v.Numbers, n) {
				t.Errorf("numbers: Find %+v, FindNumbers %+v", v.Numbers, n)
			}
			if d := FindDates(s, benchPub); !reflect.DeepEqual(v.Dates, d) {
				t.Errorf("dates: Find %+v, FindDates %+v", v.Dates, d)
			}
			if c := FindTimes(s); !reflect.DeepEqual(v.Times, c) {
				t.Errorf("times: Find %+v, FindTimes %+v", v.Times, c)
			}
		})
	}
}

func TestBenchSentences(t *testing.T) {
	// The benchmark text must exercise every finder.
	v := Find(benchSentences[1]+" "+benchSentences[0], benchPub)
	if len(v.Numbers) < 2 || len(v.Dates) < 1 || len(v.Times) < 1 {
		t.Errorf("benchmark sentences find too little: %+v", v)
	}
}
