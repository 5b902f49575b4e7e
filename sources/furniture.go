package sources

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Patterns for the page furniture that appears as text: credits, link
// labels, prompts, widgets and bylines. They speak of news pages in
// general, never of one outlet.
var (
	creditLineRe = mustAnchored(`(?i)^(©|\(c\)\s|copyright\b|photo(graph)?s?\s*(:|by\b)|pictures?\s*:|picture by\b|images?\s*:|credit\s*:|\(?(ap|afp|reuters|epa|ap/pa)\s+photo\b|file photo\b)`)
	creditTailRe = regexp.MustCompile(`(?i)(\s(photograph|photo|photos|picture|image|credit)s?\s*:\s|\s?©|\s\(c\)\s|\s\((ap|afp|reuters|epa)\s+photo\b|\s\(photo:)`)
	agencyRe     = regexp.MustCompile(`(?i)\b(getty images|shutterstock|alamy|afp via getty|reuters/|ap photo/|epa-efe)`)
	readMoreRe   = mustAnchored(`(?i)^(read more|read also|also read|related( stories| articles| coverage| content| links)?|see also|more on this( story)?|recommended( for you)?|you (may|might) also like|further reading|more from [\pL ]{1,30}|most (read|popular|viewed)|trending( now| stories)?|popular( now)?|editor'?s picks|what to read next|don'?t miss|more stories|top stories)\s*([:：»>|–—-]\s*|$)`)
	shareRe      = mustAnchored(`(?i)^(share (this|on|via|the)\b|share$|shares?:|follow (us|me|him|her)\b|click here\b|sign up\b|subscribe\b|tweet this\b|email this\b|print this\b|copy (the )?link\b|listen to this article|save (this )?article)`)
	tagsRe       = mustAnchored(`(?i)^(tags?|topics?|filed under|keywords|categories|category)\s*:`)
	weatherRe    = regexp.MustCompile(`-?\d+\s*°\s*[CF]\b`)
	commentsRe   = regexp.MustCompile(`(?i)(^comments? (on this|are|have been|for this)|comments? (are |is |have been )?(now )?closed|^\d+ comments?$|^(leave|add|post|view) (a |the )?comments?\b|^show comments)`)
	adRe         = mustAnchored(`(?i)^(advertisement|advert|sponsored( content)?|ad|promoted|paid content|scroll to continue|continue reading( below)?|story continues( below)?)\W*$`)
	rightsRe     = regexp.MustCompile(`(?i)(all rights reserved|terms (of use|&|and) (conditions|privacy)|privacy policy)`)
	consentRe    = regexp.MustCompile(`(?i)\b(use|uses|accept|consent|policy|browse|browsing|experience|settings|continue)\b`)
	newsletterRe = regexp.MustCompile(`(?i)(newsletter|sign up (for|to)|subscribe (to|now|for)|in your inbox)`)
	bylineRe     = mustAnchored(`^(?:[Bb]y|BY|[Ww]ritten by|[Rr]eporting by)\s+(\p{Lu}[\pL'’.-]*(?:\s+(?:\p{Lu}[\pL'’.-]*|de|van|von|der|al|bin|da|di|du|le|la|and|&))*)`)
	bioRe        = mustAnchored(`^(?:\p{Lu}[\pL'’.-]*\s+){1,4}(?:is|was|has been)\s+(?:a|an|the)\s+(?:[^.]{0,80}?\s)?(?i:correspondent|reporter|editor|writer|journalist|columnist|contributor|founder|author|producer|photographer|presenter|anchor|ceo|blogger|staff writer|freelance)`)
	bioVerbRe    = mustAnchored(`^(?:\p{Lu}[\pL'’.-]*\s+){1,4}(?:covers|writes about|writes for|reports on|reports for|has reported|has covered)\b`)
	bioTailRe    = mustAnchored(`(?i)^(s?he|they) (has|have) (reported|covered|written|worked)\b.*\b(since|for)\b`)
	timeStampRe  = mustAnchored(`^\d{1,2}[:.]\d{2}(\s?([ap]\.?m\.?|GMT|BST|UTC|local time))?$`)
	numberedRe   = mustAnchored(`^\d{1,2}[.)]\s+`)
	bulletRe     = mustAnchored(`^([-*•–·▪►]|\d{1,2}[.)])\s+`)
	dateLineRe   = mustAnchored(`(?i)^(date[d]?|published( on| at)?|first published( on)?|posted( on)?|publication date|pub(lished)? date|issued)\s*[:\-–—]?\s*`)
	updatedRe    = mustAnchored(`(?i)^(updated|last updated|last modified|modified)\s*(on|at)?\s*[:\-–—]?\s*`)
)

// smallWords are the words a Title-Case headline leaves in lower case.
var smallWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "in": true, "on": true, "at": true, "to": true,
	"for": true, "and": true, "or": true, "but": true, "with": true, "by": true, "from": true,
	"as": true, "vs": true, "via": true, "into": true, "over": true, "up": true, "is": true, "&": true,
}

// isCreditLine reports whether t is a photo or agency credit standing alone.
func isCreditLine(t string) bool {
	if !mayHoldCredit(t) {
		return false
	}
	if creditLineRe.MatchString(head(t, 40)) {
		return true
	}
	m := findAgency(t)
	return m != nil && wordCount(t) <= 12 && lastStop(t[:m[0]]) == 0
}

// agencyWords are words one of which (in any case) every match of
// agencyRe holds: quick tests before the pattern is run.
var agencyWords = newFoldSet("getty", "shutterstock", "alamy", "reuters/", "ap photo/", "epa-efe")

// findAgency is agencyRe.FindStringIndex(t), run only when t may match.
func findAgency(t string) []int {
	if !agencyWords.in(t) {
		return nil
	}
	return agencyRe.FindStringIndex(t)
}

// findCreditTail is creditTailRe.FindStringIndex(t), run only when t
// holds one of the characters that every match of it holds.
func findCreditTail(t string) []int {
	if !strings.ContainsAny(t, ":©(") {
		return nil
	}
	return creditTailRe.FindStringIndex(t)
}

// creditTail returns where a credit trailing a caption or paragraph
// starts, or -1 when there is none.
func creditTail(t string) int {
	if !mayHoldCredit(t) {
		return -1
	}
	if m := findCreditTail(t); m != nil && m[0] > 0 && wordCount(t[m[0]:]) <= 15 {
		return m[0]
	}
	if m := findAgency(t); m != nil && m[0] > 0 && wordCount(t[m[0]:]) <= 15 {
		return lastStop(t[:m[0]])
	}
	return -1
}

// lastStop is the offset just past the last sentence end before the end of t.
func lastStop(t string) int {
	i := strings.LastIndexAny(t, ".!?")
	if i < 0 {
		return 0
	}
	return i + 1
}

// The words, in any case, that the furniture patterns need: quick tests
// before they are run.
var (
	furnitureWords = newLowerSet("cookie", "comment", "newsletter", "sign up", "subscribe", "inbox", "reserved", "terms", "privacy")

	cookieWord      = furnitureWords.mask("cookie")
	commentWord     = furnitureWords.mask("comment")
	newsletterWords = furnitureWords.mask("newsletter", "sign up", "subscribe", "inbox")
	rightsWords     = furnitureWords.mask("reserved", "terms", "privacy")
)

// isFurnitureLine reports whether a block is page furniture by its text alone.
func isFurnitureLine(t string) bool {
	n := wordsUpTo(t, 31) // past 30, the count does not matter
	words := furnitureWords.found(t)
	if words&cookieWord != 0 && consentRe.MatchString(t) {
		return true
	}
	if n > 30 {
		return false
	}
	switch {
	case shareRe.MatchString(head(t, 60)), tagsRe.MatchString(head(t, 40)), adRe.MatchString(t):
		return true
	case words&commentWord != 0 && commentsRe.MatchString(t):
		return true
	case words&newsletterWords != 0 && newsletterRe.MatchString(t):
		return true
	case strings.Contains(t, "°") && weatherRe.MatchString(t):
		return n <= 6
	case words&rightsWords != 0 && rightsRe.MatchString(t):
		return n <= 25
	case updatedRe.MatchString(head(t, 40)):
		_, _, _, ok := findDate(t)
		return ok && n <= 10
	}
	return isSectionLabel(t)
}

// creditWords are words one of which (in any case) a credit holds when
// it holds neither "©" nor "/".
var creditWords = newLowerSet("photo", "picture", "image", "credit", "(c)", "getty", "shutterstock", "alamy", "copyright")

// mayHoldCredit is a quick test before the credit patterns are run.
func mayHoldCredit(t string) bool {
	return strings.Contains(t, "©") || strings.Contains(t, "/") || creditWords.in(t)
}

// isSectionLabel reports whether t is a lone one-word label such as "World".
func isSectionLabel(t string) bool {
	if strings.ContainsAny(t, " ") || utf8.RuneCountInString(t) > 20 {
		return false
	}
	for _, r := range t {
		if !unicode.IsLetter(r) && r != '-' && r != '&' {
			return false
		}
	}
	return true
}

// isBio reports whether t reads as a note about the writer.
func isBio(t string) bool {
	h := head(t, 240)
	return bioRe.MatchString(h) || bioVerbRe.MatchString(h) || bioTailRe.MatchString(h)
}

// byline returns the name in a byline such as "By Jane Roe • 6 Jul 2018".
func byline(t string) (string, bool) {
	if !bylineRe.mayMatch(t) || wordsUpTo(t, 15) > 14 {
		return "", false
	}
	m := bylineRe.FindStringSubmatch(t)
	if m == nil {
		return "", false
	}
	name := strings.TrimRight(m[1], " .")
	name = strings.TrimSuffix(strings.TrimSuffix(name, " and"), " &")
	return name, true
}

// isTitleCase reports whether t reads as a headline in Title Case: most
// words capitalised and no final stop.
func isTitleCase(t string) bool {
	if hasFinalStop(t) {
		return false
	}
	caps, n := 0, 0
	for w := range strings.FieldsSeq(t) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if w == "" || isSmallWord(w) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsDigit(r) {
			continue
		}
		n++
		if unicode.IsUpper(r) {
			caps++
		}
	}
	return n >= 3 && caps*5 >= n*4
}

// isSmallWord reports whether w in lower case is one of smallWords.
func isSmallWord(w string) bool {
	var low [4]byte // as long as the longest small word
	n := 0
	for _, r := range w {
		r = unicode.ToLower(r)
		if r >= utf8.RuneSelf || n == len(low) {
			return false
		}
		low[n] = byte(r)
		n++
	}
	return smallWords[string(low[:n])]
}

// hasFinalStop reports whether t ends a sentence (after closing quotes or brackets).
func hasFinalStop(t string) bool {
	t = strings.TrimRight(t, " \"'”’»)]*_")
	r, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(".!?:;…", r)
}

// head is the start of t, at most n bytes, cut at a character boundary:
// anchored patterns need no more, and the matcher's cost grows with the input.
func head(t string, n int) string {
	if len(t) <= n {
		return t
	}
	for n > 0 && !utf8.RuneStart(t[n]) {
		n--
	}
	return t[:n]
}

// asciiSpace marks the ASCII bytes that unicode.IsSpace holds for space.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// wordCount is the number of words of t, as strings.Fields would split it.
func wordCount(t string) int { return wordsUpTo(t, len(t)) }

// wordsUpTo is wordCount(t), or limit when t has more words: counting
// stops there.
func wordsUpTo(t string, limit int) int {
	n, inWord := 0, false
	for i := 0; i < len(t) && n < limit; {
		space, size := asciiSpace[t[i]&0x7F], 1
		if t[i] >= utf8.RuneSelf {
			var r rune
			r, size = utf8.DecodeRuneInString(t[i:])
			space = unicode.IsSpace(r)
		}
		if !space && !inWord {
			n++
		}
		inWord = !space
		i += size
	}
	return n
}
