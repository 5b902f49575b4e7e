package value

import "time"

// Values are the numbers, dates and times of one sentence.
type Values struct {
	Numbers []NumberSpan
	Dates   []DateSpan
	Times   []TimeSpan
}

// Find runs FindNumbers, FindDates and FindTimes over s with one scan of
// the text: the same results, for less work.
func Find(s string, published time.Time) Values {
	t := scan(s)
	defer t.release()
	return Values{
		Numbers: t.findNumbers(),
		Dates:   t.findDates(newResolver(published)),
		Times:   t.findTimes(),
	}
}
