package value

// zoneAhead reports whether a zone is written at i.
func (t *text) zoneAhead(i int) bool {
	var c clockMatch
	c.last = i - 1
	t.zoneAt(&c)
	return c.Zone != ""
}

// zoneAt reads a zone after the time ending at c.last: "GMT", "BST",
// "UTC+7", "GMT-05:30", "local time", "Ankara time", "(local)".
func (t *text) zoneAt(c *clockMatch) {
	i := c.last + 1
	w := t.raw(i)
	switch {
	case t.allCaps(i) && (w == "UTC" || w == "GMT"):
		c.Zone, c.Offset, c.HasZone, c.last = w, 0, true, i
		t.zoneOffsetAt(c)
	case t.allCaps(i) && ambiguousZones[w]:
		c.Zone, c.last = w, i
	case t.allCaps(i):
		if off, ok := Zones[w]; ok {
			c.Zone, c.Offset, c.HasZone, c.last = w, off, true, i
		}
	case t.is(i, "local") && t.is(i+1, "time"):
		c.Zone, c.last = "local", i+1
	case t.capital(i) && t.is(i+1, "time") && !t.capital(i+1):
		c.Zone, c.last = w, i+1
	}
}

// zoneOffsetAt reads "+7", "-5", "+05:30" after UTC or GMT.
func (t *text) zoneOffsetAt(c *clockMatch) {
	i := c.last + 1
	sign := 0
	switch {
	case t.punct(i, "+"):
		sign = 1
	case t.dash(i) || t.punct(i, "−"):
		sign = -1
	}
	if sign == 0 || !t.adj(i) || !t.adj(i+1) || t.digits(i+1) == 0 || t.digits(i+1) > 4 {
		return
	}
	h, _ := t.intAt(i + 1)
	m, last := 0, i+1
	if t.digits(i+1) >= 3 {
		h, m = h/100, h%100
	} else if t.punct(i+2, ":") && t.adj(i+2) && t.digits(i+3) == 2 && t.adj(i+3) {
		m, _ = t.intAt(i + 3)
		last = i + 3
	}
	if h > 14 || m >= 60 {
		return
	}
	c.Offset = sign * (h*60 + m)
	c.Zone = t.s[t.toks[c.last].start:t.toks[last].end]
	c.last = last
}
