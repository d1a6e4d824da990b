package model

import (
	"net/url"

	"github.com/shopspring/decimal"
)

// PartnerIDs returns the partners of the exposure view in display order.
func PartnerIDs() []string { return []string{Microsoft, Amazon, Nvidia, SoftBank} }

// Firm reports whether the tranche is firm (Prob = 1).
func (t Tranche) Firm() bool { return t.Prob.Equal(decimal.NewFromInt(1)) }

func (e Error) Error() string { return e.Field + ": " + e.Code + " " + e.Value }

// Default returns the article's scenario.
func Default() Scenario { return Scenario{} }

// Sources returns the source of every default figure.
func Sources() map[string]Source { return map[string]Source{} }

// Validate returns every problem of s (nil when valid).
func (s Scenario) Validate() []Error { return nil }

// Others returns the remainder stake before the round.
func (s Scenario) Others() decimal.Decimal { return decimal.Zero }

// Compute returns the three closing views of a valid scenario.
func Compute(s Scenario) (Results, []Error) { return Results{}, nil }

// View returns the outcome of closing view v.
func (r Results) View(v View) Outcome { return r.All }

// DisplayStakes rounds fractions to percentages (largest remainder).
func DisplayStakes(stakes []decimal.Decimal, decimals int32) []decimal.Decimal {
	return make([]decimal.Decimal, len(stakes))
}

// Fixed formats d with exactly n decimals.
func Fixed(d decimal.Decimal, n int32) string { return d.StringFixed(n) }

// Routes returns the channels of the partnership map.
func Routes(s Scenario) []Route { return nil }

// SetMix sets a channel's share.
func (s Scenario) SetMix(id string, share decimal.Decimal) Scenario { return s }

// Query encodes s canonically.
func (s Scenario) Query() url.Values { return url.Values{} }

// ParseQuery applies the scenario parameters of q on top of base.
func ParseQuery(base Scenario, q url.Values) (Scenario, []Error) { return base, nil }

// MarshalJSON encodes the export file.
func (s Scenario) MarshalJSON() ([]byte, error) { return []byte("{}"), nil }

// ParseJSON applies an export file on top of base.
func ParseJSON(base Scenario, data []byte) (Scenario, []Error) { return base, nil }
