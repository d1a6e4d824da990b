// The types the model and the page share: ids, the scenario, its results
// and errors. Functions live beside their subject (scenario.go, compute.go,
// query.go, …); what is computed, and how, is the package documentation in
// doc.go.

package model

import "github.com/shopspring/decimal"

// Holder ids, as in URL parameters (s.msft) and test hooks
// (stake-after-msft). Tranches a reader adds create a holder whose id is the
// tranche id (x1, x2, …).
const (
	Microsoft  = "msft"
	Foundation = "fdn"
	SoftBank   = "sftb"
	Nvidia     = "nvda"
	Amazon     = "amzn"
	Others     = "others"
)

// Default tranche ids.
const (
	TrancheSoftBank = "sftb"
	TrancheNvidia   = "nvda"
	TrancheAmazon   = "amzn"
	TrancheAmazon2  = "amzn2"
)

// View is a closing view (the `view` URL parameter).
type View string

const (
	ViewAll      View = "all"
	ViewFirm     View = "firm"
	ViewExpected View = "expected"
)

// Channel ids of the partnership map (mix.<channel>, route-<channel>), in
// display order.
const (
	ChannelChatGPT    = "chatgpt"
	ChannelAPI        = "api"
	ChannelAPIPartner = "api-partner"
	ChannelFrontier   = "frontier-aws"
	ChannelBedrock    = "bedrock-stateful"
)

// Source says where a default figure comes from, by its source tag.
type Source struct {
	Tag  string // "A", "V", "R", "D", "U" or combined like "A / V"
	Text string // English: the report, the formula (D) or why uncertain (U)
	// Quote is the article's French sentence for tag A (empty otherwise).
	Quote string
}

// Holder is a holder before the round with a named stake. The remainder row
// (Others) is not stored: it is 1 − Σ named stakes.
type Holder struct {
	_      noCompare
	ID     string
	Name   string          // English display name; the app localises known ids
	Before decimal.Decimal // fraction, 0..1
}

// Tranche is new money from one investor.
type Tranche struct {
	_         noCompare
	ID        string          // sftb, nvda, amzn, amzn2, x1, x2, …
	Investor  string          // holder id: an existing holder, or the tranche id for a new one
	Name      string          // investor's display name (for added tranches: 1 to 40 chars)
	Amount    decimal.Decimal // $B, 0..1000
	Prob      decimal.Decimal // closing probability, fraction 0..1 (1 = firm)
	Multiple  decimal.Decimal // price multiple over the round price, 0.1..10
	Condition string          // English condition text ("" when firm)
	Date      string          // optional, e.g. "2026-04-01, 2026-07-01, 2026-10-01"
	Year      decimal.Decimal // the year its money is paid, a whole year FirstYear..LastYear
}

// Partner holds a partner's ties for the exposure view.
type Partner struct {
	_         noCompare
	ID        string
	Invested  decimal.Decimal // invested before the round, $B, 0..1000
	Commit    decimal.Decimal // commitments OpenAI owes it, $B, 0..5000 (for Nvidia: in addition to GW × PricePerGW; default 0)
	GW        decimal.Decimal // compute in GW priced at Scenario.PricePerGW (Nvidia 5, others 0)
	MarketCap decimal.Decimal // $B, 1..100000
	// Years is over how many years from FirstYear OpenAI spends its
	// commitments to the partner, evenly: a whole number, 1..Span.
	Years decimal.Decimal
}

// Scenario is every input of the calculator.
type Scenario struct {
	PreMoney   decimal.Decimal // V, 1..10000
	IPO        decimal.Decimal // 1..100000
	Haircut    decimal.Decimal // h, fraction 0..1
	Unpaid     decimal.Decimal // u, fraction 0..1
	PricePerGW decimal.Decimal // $B per GW, 0..200
	Holders    []Holder        // msft, fdn, sftb (named stakes before)
	Tranches   []Tranche       // sftb, nvda, amzn, amzn2, then x1, x2, …
	Partners   []Partner       // msft, amzn, nvda, sftb
	Revenue    decimal.Decimal // rev, $B, 0..1000
	RevShare   decimal.Decimal // share, fraction 0..0.5
	Mix        []ChannelShare  // five channels, fractions summing to 1
	Growth     decimal.Decimal // OpenAI's revenue growth a year, fraction 0..2
	Other      decimal.Decimal // commitments to other suppliers, $B, 0..5000, spent over 2027..2031
}

// ChannelShare is the share of revenue routed through a channel.
type ChannelShare struct {
	_     noCompare
	ID    string
	Share decimal.Decimal
}

// Error is a problem with one input, a value the app can localise.
type Error struct {
	Code  string // see the Err* constants
	Field string // the URL parameter name, e.g. "pre", "s.msft", "q.amzn2", "mix", "name.x1"
	Value string // the offending value as given ("" when not applicable)
	Min   string // allowed range in the field's URL unit (e.g. "1", "10000"; "0","100" for %)
	Max   string
}

// Error codes.
const (
	ErrNotNumber   = "not-number"           // not a decimal number
	ErrWhole       = "whole"                // a year or a count with decimals (Min, Max: the range)
	ErrRange       = "range"                // outside [Min, Max]
	ErrStakesSum   = "stakes-sum"           // named stakes pass 100 % together (Field "s", Value the sum in %)
	ErrMixSum      = "mix-sum"              // mix.* do not sum to 100 (Field "mix", Value the sum in %)
	ErrConditional = "too-many-conditional" // more than 10 conditional tranches (Value the count, Max "10")
	// An added investor's name is refused with its reason (Field name.xN;
	// Value the name, shortened, or the offending character as U+XXXX).
	ErrNameEmpty    = "name-empty"     // no visible character (empty, spaces, zero-width characters)
	ErrNameLong     = "name-long"      // more than MaxNameLen characters (Max)
	ErrNameControl  = "name-control"   // a control character (Value U+XXXX)
	ErrNameBidi     = "name-bidi"      // a bidirectional control character, which would reorder the text around it (Value U+XXXX)
	ErrNameInvalid  = "name-invalid"   // not text: invalid UTF-8, a lone surrogate, U+FFFD, or not a string in a file
	ErrDuplicate    = "duplicate"      // a file gives a key twice (Field the parameter, or "file"; Value the key)
	ErrUnknownValue = "unknown-value"  // e.g. view=foo (Field "view")
	ErrJSON         = "json"           // an imported file is not a roundcalc scenario (Value: short reason)
	ErrTooManyAdded = "too-many-added" // a file adds more than MaxAdded tranches (Field "t", Value the count)
	ErrFileSize     = "file-size"      // a file to import is larger than MaxFileSize (Field "file", Value its name, Max the limit in MB)
	ErrMalformed    = "malformed"      // a URL pair that cannot be read: bad %-escape or a semicolon (Field the key, Value the value, as written)
)

// Results holds the three closing views.
type Results struct {
	Firm, All, Expected Outcome
}

// Outcome is every figure of one closing view. In the expected view each
// figure is the probability-weighted average of that figure over the closing
// combinations (never a product of averages).
type Outcome struct {
	PostMoney decimal.Decimal  // P
	Raised    decimal.Decimal  // R
	Dilution  decimal.Decimal  // 1 − S0/S1
	Holders   []HolderOutcome  // msft, fdn, sftb, nvda, amzn, x1…, others (others last)
	Partners  []PartnerOutcome // msft, amzn, nvda, sftb

	TotalRaised   decimal.Decimal // 60 + R
	MultiplePrev  decimal.Decimal // P / 300
	UpsideIPO     decimal.Decimal // IPO / P − 1 (fraction)
	PerWeeklyUser decimal.Decimal // P / 900 M, in dollars
	PerSubscriber decimal.Decimal // P / 59 M, in dollars

	Time Timeline // the money over the years, from this view's yearly flows
}

// HolderOutcome is one cap-table row.
type HolderOutcome struct {
	_      noCompare
	ID     string
	Name   string
	Before decimal.Decimal // fraction
	After  decimal.Decimal // fraction
	Change decimal.Decimal // After − Before, fraction (×100 = points)
	Value  decimal.Decimal // After × P, $B
}

// PartnerOutcome is one partner's exposure.
type PartnerOutcome struct {
	_            noCompare
	ID           string
	Stake        decimal.Decimal // stake after
	EquityRound  decimal.Decimal // stake × P
	EquityIPO    decimal.Decimal // stake × IPO
	EquityStress decimal.Decimal // stake × P × (1 − h)
	CostBasis    decimal.Decimal // invested before + closed tranches
	PaperGain    decimal.Decimal // EquityRound − CostBasis
	Compute      decimal.Decimal // GW × PricePerGW: the compute owed to it
	Commitments  decimal.Decimal // Commit + Compute
	NetFlow      decimal.Decimal // Commitments − CostBasis
	// In a collapse: the equity lost (EquityRound × h), the commitments
	// left unpaid (Commitments × u), and their sum.
	CollapseEquity decimal.Decimal
	CollapseUnpaid decimal.Decimal
	CollapseLoss   decimal.Decimal
	CollapseShare  decimal.Decimal // CollapseLoss / MarketCap (fraction)
}

// Route is one channel of the partnership map.
type Route struct {
	_            noCompare
	ID           string
	Host         string          // "azure" or "aws"
	Distributor  string          // "openai", "microsoft"?, "aws", "partner"
	Share        decimal.Decimal // fraction of revenue
	Amount       decimal.Decimal // Revenue × Share, $B
	MicrosoftCut decimal.Decimal // Amount × RevShare, $B
}

// noCompare, a field of no size, makes a struct not comparable: nothing
// compares these with ==, and the compiler then generates no equality
// function for the struct and the arrays of it (KB of app.wasm for each).
type noCompare [0]func()
