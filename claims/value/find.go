package value

import "time"

// Values are the numbers, dates and times of one sentence.
type Values struct {
	Numbers []NumberSpan
	Dates   []DateSpan
	Times   []TimeSpan
}

// Find runs Find of the default lexicon over s: see Lexicon.Find.
func Find(s string, published time.Time) Values { return Default().Find(s, published) }

// Find runs FindNumbers, FindDates and FindTimes over s with one scan of
// the text: the same results, for less work.
func (l *Lexicon) Find(s string, published time.Time) Values {
	t := l.scan(s)
	defer t.release()
	return Values{
		Numbers: t.findNumbers(),
		Dates:   t.findDates(newResolver(published)),
		Times:   t.findTimes(),
	}
}
