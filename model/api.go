// THIS FILE IS THE AGREED API between the model and the app. Implementation
// lives in other files of this package; the package documentation (what is
// computed, and how) is in doc.go.

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

// Partners of the exposure view, in display order:
// func PartnerIDs() []string  → msft, amzn, nvda, sftb

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
	ID     string
	Name   string          // English display name; the app localises known ids
	Before decimal.Decimal // fraction, 0..1
}

// Tranche is new money from one investor.
type Tranche struct {
	ID        string          // sftb, nvda, amzn, amzn2, x1, x2, …
	Investor  string          // holder id: an existing holder, or the tranche id for a new one
	Name      string          // investor's display name (for added tranches: 1 to 40 chars)
	Amount    decimal.Decimal // $B, 0..1000
	Prob      decimal.Decimal // closing probability, fraction 0..1 (1 = firm)
	Multiple  decimal.Decimal // price multiple over the round price, 0.1..10
	Condition string          // English condition text ("" when firm)
	Date      string          // optional, e.g. "2026-04-01, 2026-07-01, 2026-10-01"
}

// Firm reports whether the tranche is firm (Prob = 1).
// func (t Tranche) Firm() bool

// Partner holds a partner's ties for the exposure view.
type Partner struct {
	ID        string
	Invested  decimal.Decimal // invested before the round, $B, 0..1000
	Commit    decimal.Decimal // commitments OpenAI owes it, $B, 0..5000 (for Nvidia: in addition to GW × PricePerGW; default 0)
	GW        decimal.Decimal // compute in GW priced at Scenario.PricePerGW (Nvidia 5, others 0)
	MarketCap decimal.Decimal // $B, 1..100000
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
}

// ChannelShare is the share of revenue routed through a channel.
type ChannelShare struct {
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
	ErrNotNumber    = "not-number"           // not a decimal number
	ErrRange        = "range"                // outside [Min, Max]
	ErrStakesSum    = "stakes-sum"           // named stakes pass 100 % together (Field "s", Value the sum in %)
	ErrMixSum       = "mix-sum"              // mix.* do not sum to 100 (Field "mix", Value the sum in %)
	ErrConditional  = "too-many-conditional" // more than 10 conditional tranches (Value the count, Max "10")
	ErrName         = "name"                 // an added investor's name is empty or longer than 40 characters
	ErrUnknownValue = "unknown-value"        // e.g. view=foo (Field "view")
	ErrJSON         = "json"                 // an imported file is not a roundcalc scenario (Value: short reason)
	ErrTooManyAdded = "too-many-added"       // a file adds more than MaxAdded tranches (Field "t", Value the count)
	ErrFileSize     = "file-size"            // a file to import is larger than MaxFileSize (Field "file", Value its name, Max the limit in MB)
	ErrMalformed    = "malformed"            // a URL pair that cannot be read: bad %-escape or a semicolon (Field the key, Value the value, as written)
)

// func (e Error) Error() string  — English, names field, value and range.

// Default returns the article's scenario.
// func Default() Scenario

// Sources returns the source of every default figure, keyed by URL
// parameter name (pre, ipo, haircut, unpaid, gw, s.msft, t.amzn2, q.amzn2,
// inv.sftb, commit.amzn, cap.nvda, rev, share, mix.chatgpt …) plus keys for
// facts shown as text: "post", "raised", "prev-round", "raised-before",
// "weekly-users", "subscribers".
// func Sources() map[string]Source

// Validate returns every problem of s (nil when valid).
// func (s Scenario) Validate() []Error

// Others returns the remainder stake before the round: 1 − Σ named stakes.
// func (s Scenario) Others() decimal.Decimal

// Compute returns the three closing views of a valid scenario. It returns
// the validation errors and zero Results when s is invalid.
// func Compute(s Scenario) (Results, []Error)

// Results holds the three closing views.
type Results struct {
	Firm, All, Expected Outcome
}

// func (r Results) View(v View) Outcome

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
}

// HolderOutcome is one cap-table row.
type HolderOutcome struct {
	ID     string
	Name   string
	Before decimal.Decimal // fraction
	After  decimal.Decimal // fraction
	Change decimal.Decimal // After − Before, fraction (×100 = points)
	Value  decimal.Decimal // After × P, $B
}

// PartnerOutcome is one partner's exposure.
type PartnerOutcome struct {
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

// DisplayStakes rounds fractions to percentages with `decimals` decimals
// using largest-remainder rounding so that, when the fractions sum to 1, the
// results sum to exactly 100; ties go to the row listed first. Returns
// percentages (23.46 for 0.2346…).
// func DisplayStakes(stakes []decimal.Decimal, decimals int32) []decimal.Decimal

// Fixed formats d with exactly n decimals, rounded half away from zero, dot
// separator (the data-value form: Fixed(x, 10)).
// func Fixed(d decimal.Decimal, n int32) string

// Route is one channel of the partnership map.
type Route struct {
	ID           string
	Host         string          // "azure" or "aws"
	Distributor  string          // "openai", "microsoft"?, "aws", "partner"
	Share        decimal.Decimal // fraction of revenue
	Amount       decimal.Decimal // Revenue × Share, $B
	MicrosoftCut decimal.Decimal // Amount × RevShare, $B
}

// func Routes(s Scenario) []Route

// SetMix sets channel id to share (fraction 0..1) and makes the other
// channels give way in proportion to their current shares (equally when
// they are all 0), keeping the sum exactly 1.
// func (s Scenario) SetMix(id string, share decimal.Decimal) Scenario

// Query encodes s canonically as URL parameters: only those that differ
// from Default(), numbers with a dot, percentages in %.
// func (s Scenario) Query() url.Values

// ParseQuery applies the scenario parameters of q on top of base. Rejected
// values keep base's value and are reported; unknown parameters are ignored.
// Never panics. The result always validates.
// func ParseQuery(base Scenario, q url.Values) (Scenario, []Error)

// MarshalJSON / ParseJSON: the export file. ParseJSON(base, data) returns
// base unchanged plus an ErrJSON error when data is not a scenario file;
// field-level problems are reported like ParseQuery's.
// func (s Scenario) MarshalJSON() ([]byte, error)
// func ParseJSON(base Scenario, data []byte) (Scenario, []Error)

// Additions to the agreed API (all implemented beside it):
//   - constants MaxConditional (10), MaxAdded (99: ids x1…x99), MaxNameLen
//     (40), MaxDecimals (30 decimals in a parameter's URL unit), OthersName,
//     FileFormat, FileVersion;
//   - ChannelIDs() (display order), AddedName(id) ("Investor 1" for x1, the
//     name an added tranche gets when none is given);
//   - ParseView(v) (View, []Error): "" → all, unknown → ErrUnknownValue.
//   - ParseValue(field, raw) (decimal.Decimal, *Error): one numeric parameter
//     alone, in the scenario's unit (the page uses it for a mix slider).
//   - ReadQuery(raw) (url.Values, []Error): a raw query string split into
//     its parameters, every pair that cannot be read refused (ErrMalformed)
//     where url.ParseQuery would drop it silently; the page reads its
//     address with it, then hands the values to ParseQuery.
//   - MaxFileSize (1 MB) and CheckFileSize(name, size) *Error: the page asks
//     before it reads a file into memory.
//
// ParseJSON is all or nothing: a file with any refused field (a value, the
// stakes' or the mix's sum, an unknown parameter, more than MaxAdded added
// tranches) returns base unchanged with each refusal once. ParseQuery and
// ParseJSON never report the same refusal twice; too many conditional
// tranches is one refusal (Field "q", Value the count asked for).
//
// Validate also checks the scenario's shape (ids and order of holders,
// tranches, partners, channels; Code ErrUnknownValue, Field "holders",
// "tranches", "partners" or "mix") so that every valid scenario has a URL
// form; a number with more than MaxDecimals decimals is ErrNotNumber.
