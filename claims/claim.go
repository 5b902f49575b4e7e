package claims

import "github.com/crosscheck/crosscheck/sources"

// Kind is the kind of a claim.
type Kind string

// The claim kinds.
const (
	Attribute Kind = "attribute" // role, descriptor, nationality, age, affiliation
	Event     Kind = "event"     // killed, shot, died, injured, arrested …
	Count     Kind = "count"     // how many of something
	Order     Kind = "order"     // who ordered or instructed whom to do what
	Quote     Kind = "quote"     // speaker and words, direct or indirect
	Statement Kind = "statement" // a characterisation: "called it a provocation"
)

// ValueType says how a claim's value compares with another.
type ValueType string

// The value types.
const (
	TextValue       ValueType = "text"
	NumberValue     ValueType = "number"
	DateValue       ValueType = "date"
	TimeValue       ValueType = "time"
	DescriptorValue ValueType = "descriptor"
	PlaceValue      ValueType = "place"
	QuoteValue      ValueType = "quote"
	AgentValue      ValueType = "agent" // who did it: a person or organisation, by name
)

// Scope says in whose voice a claim is made.
type Scope string

// The attribution scopes.
const (
	OutletVoice Scope = "outlet"  // the article asserts it in its own voice
	Speaker     Scope = "speaker" // a named speaker says it
	Unnamed     Scope = "unnamed" // an unnamed official, source or report says it
)

// Value is a claim's typed value.
type Value struct {
	Type  ValueType `json:"type" yaml:"type"`
	Text  string    `json:"text" yaml:"text"`                       // as written (trimmed)
	Norm  string    `json:"norm,omitempty" yaml:"norm,omitempty"`   // normal form used for comparison and display
	Class string    `json:"class,omitempty" yaml:"class,omitempty"` // descriptor class, e.g. "employment"
	Lo    float64   `json:"lo,omitempty" yaml:"lo,omitempty"`       // number interval (Hi may be +Inf: see Open)
	Hi    float64   `json:"hi,omitempty" yaml:"hi,omitempty"`
	Open  bool      `json:"open,omitempty" yaml:"open,omitempty"` // the interval has no upper bound ("at least 8")
	Unit  string    `json:"unit,omitempty" yaml:"unit,omitempty"`

	// Role is the head of the role a descriptor applies to, normalised
	// through the lexicon's role synonyms ("fireman" → "firefighter").
	Role string `json:"role,omitempty" yaml:"role,omitempty"`
	// Implied marks a value the text implies rather than states: "she is
	// a nurse" implies a serving nurse.
	Implied bool `json:"implied,omitempty" yaml:"implied,omitempty"`
}

// Claim is one thing an article asserts, with its provenance.
type Claim struct {
	Kind      Kind   `json:"kind" yaml:"kind"`
	Subject   int    `json:"-" yaml:"-"`                                       // index into Document.Entities, or -1
	SubjectAs string `json:"subject_as,omitempty" yaml:"subject_as,omitempty"` // the subject as written when not an entity ("victims", "the plane")
	Attribute string `json:"attribute" yaml:"attribute"`                       // the slot: "police status", "age", "ordered" …
	Value     Value  `json:"value" yaml:"value"`

	Recipient string `json:"recipient,omitempty" yaml:"recipient,omitempty"` // for orders and quotes told to someone
	When      string `json:"when,omitempty" yaml:"when,omitempty"`           // a date or time qualifier, normalised
	Where     string `json:"where,omitempty" yaml:"where,omitempty"`

	Scope    Scope  `json:"scope" yaml:"scope"`
	Speaker  int    `json:"-" yaml:"-"`                                   // entity index of the speaker when Scope is Speaker, else -1
	Agent    int    `json:"-" yaml:"-"`                                   // entity index of an agent value (see AgentValue), else -1
	Said     string `json:"said_by,omitempty" yaml:"said_by,omitempty"`   // the speaker as written
	Modality string `json:"modality,omitempty" yaml:"modality,omitempty"` // "", reportedly, allegedly, denied, not, may, prospective

	Sentence int              `json:"-" yaml:"-"` // index into Document.Sentences
	Start    int              `json:"-" yaml:"-"` // byte span of the evidence in Article.Text
	End      int              `json:"-" yaml:"-"`
	Pos      sources.Position `json:"pos" yaml:"pos"`
	Caption  bool             `json:"caption,omitempty" yaml:"caption,omitempty"` // read from a caption or headline: weaker evidence
	// Pred, Role and Path say where the parse put the claim's value: the
	// lemma of the predicate it is an argument of ("kill"), the role its
	// phrase fills there ("object"), and the dependency path from the
	// value up to the predicate ("nummod people obj kill").
	Pred string `json:"predicate,omitempty" yaml:"predicate,omitempty"`
	// Main marks a claim about the story's own event (the crash, the
	// fire), however this article names it: articles about one story
	// share it.
	Main bool   `json:"main,omitempty" yaml:"main,omitempty"`
	Role string `json:"role,omitempty" yaml:"role,omitempty"`
	// EventType is the ontology type of the predicate ("crash", "die"),
	// "" when it names no event.
	EventType string `json:"event_type,omitempty" yaml:"event_type,omitempty"`
	Path      string `json:"path,omitempty" yaml:"path,omitempty"`
	// Earlier marks a count the sentence dates to an earlier occasion than
	// the article's news ("the 2004 tsunami killed 168,000", "in February,
	// a gunman killed five"); When holds that date. It is shown, not
	// compared.
	Earlier bool `json:"earlier,omitempty" yaml:"earlier,omitempty"`
}

// Sentence is one sentence of an article.
type Sentence struct {
	Start, End int // byte span in Article.Text
	Block      int // index into Article.Blocks
	Text       string
	Tokens     []Token
}

// Mention is one place an entity is named or referred to.
type Mention struct {
	Start, End int    // byte span in Article.Text
	Text       string // as written, titles included
	Name       string // the name alone, titles peeled off ("" for "the ambassador")
	Sentence   int
}

// EntityType is the type of an entity.
type EntityType string

// The entity types.
const (
	Person       EntityType = "person"
	Organisation EntityType = "organisation"
	Place        EntityType = "place"
	Thing        EntityType = "thing" // a vehicle, a flight, a building
)

// Entity is a person (or organisation, place) as one article knows it:
// its mentions already resolved inside the article.
type Entity struct {
	Type  EntityType
	Name  string   // the fullest name used in the article
	Names []string // every surface name, titles peeled, in order of first use
	Roles []string // titles and roles attached anywhere in the article
	// Descriptions are the definite descriptions resolved to the entity
	// ("the prosecutor", "the 54-year-old"), in order of first use.
	Descriptions []string
	// Aliases are the names given as other names for the person ("known
	// as Nan"): names, not spellings of the name.
	Aliases []string
	// Within is the place an article locates the entity in by a
	// possessive ("Bangkok" of "Bangkok's Lakeside airport").
	Within   string
	Mentions []Mention
}

// Document is an article with what was extracted from it.
type Document struct {
	Article   *sources.Article
	Sentences []Sentence
	Entities  []Entity
	Claims    []Claim
	Events    []ArticleEvent // the events the article reports, by type; one is its main event
	Problems  ErrorList
	Skipped   int // sentences over the length limit, left unread
}
