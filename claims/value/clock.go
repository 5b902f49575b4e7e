package value

// Clock is a time of day read from text.
type Clock struct {
	Minute  int    // minutes after midnight, 0 to 1439
	Zone    string // "GMT", "UTC+7", "local", a place ("Ankara"), or "" when none is stated
	Offset  int    // minutes east of UTC, when HasZone
	HasZone bool   // the offset is known
	Approx  bool   // "around 1 a.m.", "shortly after 2am"
	Prec    int    // tolerance in minutes: 0 exact, 30 "around 1 a.m.", 10 "about 10:50", 15 "just after 9pm"
	Text    string
}

// TimeSpan is a Clock with its byte span in the searched string.
type TimeSpan struct {
	Start, End int
	Clock
}

// Tolerances of hedged times, in minutes.
const (
	precHedgedHour   = 30 // "around 1 a.m."
	precHedgedMinute = 10 // "about 10:50"
	precJust         = 15 // "just after 9pm"
)

// Zones are time zone abbreviations with their offsets in minutes east of
// UTC. Abbreviations that name several zones (IST: India, Ireland, Israel;
// CST: China, US Central; AST) are not here: they are read as a zone
// whose offset is unknown.
var Zones = map[string]int{
	"GMT": 0, "UTC": 0, "WET": 0, "WEST": 60, "BST": 60, "CET": 60, "CEST": 120,
	"EET": 120, "EEST": 180, "MSK": 180, "TRT": 180, "EAT": 180, "WAT": 60,
	"CAT": 120, "SAST": 120, "GST": 240, "PKT": 300, "ICT": 420, "WIB": 420,
	"SGT": 480, "HKT": 480, "AWST": 480, "JST": 540, "KST": 540, "ACST": 570,
	"AEST": 600, "AEDT": 660, "NZST": 720, "NZDT": 780, "EST": -300,
	"EDT": -240, "CDT": -300, "MST": -420, "MDT": -360, "PST": -480,
	"PDT": -420, "AKST": -540, "AKDT": -480, "HST": -600, "BRT": -180, "ART": -180,
}

// ambiguousZones are abbreviations read as zones without an offset.
var ambiguousZones = map[string]bool{"IST": true, "CST": true, "AST": true, "ET": true, "PT": true, "CT": true, "MT": true}

// clockMatch is a clock found at a token, with its last token.
type clockMatch struct {
	Clock
	last int
}

// FindTimes returns every time of day in s with the default lexicon: see
// Lexicon.FindTimes.
func FindTimes(s string) []TimeSpan { return Default().FindTimes(s) }

// FindTimes returns every time of day in s, in order, without overlaps:
// "10:53", "10:01 a.m.", "2am", "10.30pm", "at 10.53", "16:30 BST",
// "0901 GMT", "19:00 Ankara time", "noon", "midnight", with a hedge before
// ("around", "about", "shortly after") and a zone after.
func (l *Lexicon) FindTimes(s string) []TimeSpan {
	t := l.scan(s)
	defer t.release()
	return t.findTimes()
}

func (t *text) findTimes() []TimeSpan {
	var out []TimeSpan
	for i := 0; i < t.n(); {
		if !t.mayStartClock(i) {
			i++
			continue
		}
		c, ok := t.clockAt(i)
		if !ok {
			i++
			continue
		}
		start, end := t.span(i, c.last)
		c.Text = t.s[start:end]
		out = append(out, TimeSpan{start, end, c.Clock})
		i = c.last + 1
	}
	return out
}

// mayStartClock is a cheap test before clockAt.
func (t *text) mayStartClock(i int) bool { return t.startsAny(i, fClock) }

// clockAt reads a time of day at i, with an optional hedge of the lexicon
// before it.
func (t *text) clockAt(i int) (clockMatch, bool) {
	for _, p := range t.lex.clock[t.word(i)] {
		if j, ok := t.matchSeq(i, p.toks); ok {
			return t.hedgedClockAt(j, p.prec)
		}
	}
	return t.plainClockAt(i)
}

// hedgedClockAt reads the time after a hedge and widens its tolerance:
// prec minutes, or when prec is -1 the default for the time's precision.
func (t *text) hedgedClockAt(j, prec int) (clockMatch, bool) {
	if t.is(j, "at") {
		j++
	}
	c, ok := t.plainClockAt(j)
	if !ok {
		return c, false
	}
	c.Approx = true
	switch {
	case prec >= 0:
		c.Prec = prec
	case c.Minute%60 == 0:
		c.Prec = precHedgedHour
	default:
		c.Prec = precHedgedMinute
	}
	return c, true
}

// plainClockAt reads a time without a hedge, then its zone.
func (t *text) plainClockAt(i int) (clockMatch, bool) {
	var c clockMatch
	ok := false
	switch w := t.word(i); w {
	case "noon", "midday":
		c.Minute, c.last, ok = 720, i, true
	case "midnight":
		c.Minute, c.last, ok = 0, i, true
	case "":
		c, ok = t.digitClockAt(i)
	}
	if !ok {
		return c, false
	}
	t.zoneAt(&c)
	return c, true
}

// digitClockAt reads "10:53", "10:01 a.m.", "2am", "10.30pm", "at 10.53",
// "0901 GMT", "7 o'clock".
func (t *text) digitClockAt(i int) (clockMatch, bool) {
	var c clockMatch
	h, m, last, ok := t.hourMinute(i)
	if !ok {
		return c, false
	}
	if ap, end, ok := t.meridiemAt(last + 1); ok {
		if h < 1 || h > 12 {
			return c, false
		}
		h, last = h%12+ap, end
	} else if !t.clockContext(i, last, m >= 0) {
		return c, false
	}
	if m < 0 {
		m = 0
	}
	if h > 24 || h == 24 && m > 0 {
		return c, false
	}
	c.Minute, c.last = (h*60+m)%1440, last
	return c, true
}

// hourMinute reads "10:53" (and "10:53:20"), "10.53", "0901", or an hour
// alone (minute -1).
func (t *text) hourMinute(i int) (h, m, last int, ok bool) {
	raw := t.raw(i)
	switch {
	case t.digits(i) > 0 && t.digits(i) <= 2 && t.punct(i+1, ":") && t.adj(i+1) && t.digits(i+2) == 2 && t.adj(i+2):
		h, _ = t.intAt(i)
		m, _ = t.intAt(i + 2)
		last = i + 2
		if t.punct(last+1, ":") && t.adj(last+1) && t.digits(last+2) == 2 && t.adj(last+2) {
			last += 2
		}
	case len(raw) >= 4 && len(raw) <= 5 && raw[len(raw)-3] == '.' && t.digits(i) == 0 && isDigit(raw[0]):
		h, m = atoi(raw[:len(raw)-3]), atoi(raw[len(raw)-2:])
		last = i
		if h < 0 || m < 0 {
			return 0, 0, 0, false
		}
	case t.digits(i) == 4 && raw[0] <= '2':
		h, m, last = atoi(raw[:2]), atoi(raw[2:]), i
	case t.digits(i) > 0 && t.digits(i) <= 2:
		h, _ = t.intAt(i)
		m, last = -1, i
	default:
		return 0, 0, 0, false
	}
	return h, m, last, m < 60
}

// atoi reads a short run of digits, or -1.
func atoi(s string) int {
	if s == "" {
		return -1
	}
	v := 0
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return -1
		}
		v = v*10 + int(s[i]-'0')
	}
	return v
}

// meridiemAt reads "am", "pm", "a.m.", "p.m", "o'clock" at i and returns
// the hours to add (0 or 12; 0 for o'clock).
func (t *text) meridiemAt(i int) (int, int, bool) {
	switch w := t.word(i); {
	case w == "am" || w == "pm":
		return 12 * boolInt(w == "pm"), i, true
	case (w == "a" || w == "p") && t.punct(i+1, ".") && t.adj(i+1) && t.is(i+2, "m") && t.adj(i+2):
		end := i + 2
		if t.punct(end+1, ".") && t.adj(end+1) {
			end++
		}
		return 12 * boolInt(w == "p"), end, true
	case w == "o" && (t.punct(i+1, "'") || t.punct(i+1, "’")) && t.is(i+2, "clock"):
		return 0, i + 2, true
	}
	return 0, 0, false
}

// clockContext decides whether digits without am or pm are a time: a
// colon ("10:53") always is, "10.53" and "0901" only after "at", "by",
// "until", "from" or before a zone.
func (t *text) clockContext(first, last int, hasMinute bool) bool {
	if last > first && t.punct(first+1, ":") {
		return true
	}
	if !hasMinute {
		return false
	}
	if t.zoneAhead(last + 1) {
		return true
	}
	switch t.word(first - 1) {
	case "at", "by", "until", "till", "from", "around", "about", "after", "before":
		return t.digits(first) != 4 && !t.unitFollows(last+1)
	}
	return false
}

// unitFollows reports whether a unit is written at i.
func (t *text) unitFollows(i int) bool {
	_, _, ok := t.unitAt(i, false)
	return ok
}
