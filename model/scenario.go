package model

import (
	"strconv"

	"github.com/shopspring/decimal"
)

// Limits of a scenario beyond the ranges of its numbers.
const (
	// MaxConditional is the largest number of conditional tranches: the
	// expected view averages over 2^k closing combinations.
	MaxConditional = 10
	// MaxAdded bounds the ids of the tranches a reader adds: x1 … x99 (a
	// t.x100 parameter is not a scenario parameter). Firm tranches cost
	// little; the conditional ones are bounded by MaxConditional.
	MaxAdded = 99
	// MaxNameLen is the longest name of an added investor, in characters.
	MaxNameLen = 40
	// MaxDecimals is the most decimals a number may carry in its URL unit
	// (27.5 for s.msft, 730 for pre): it bounds the URL form to 40 characters
	// so that every valid scenario survives the URL round trip.
	MaxDecimals = 30
)

// OthersName is the English name of the remainder row.
const OthersName = "Employees and other investors"

// PartnerIDs returns the partners of the exposure view, in display order.
func PartnerIDs() []string { return []string{Microsoft, Amazon, Nvidia, SoftBank} }

// ChannelIDs returns the channels of the partnership map, in display order.
func ChannelIDs() []string {
	return []string{ChannelChatGPT, ChannelAPI, ChannelAPIPartner, ChannelFrontier, ChannelBedrock}
}

// Firm reports whether the tranche is firm (Prob = 1).
func (t Tranche) Firm() bool { return t.Prob.Equal(decimal.NewFromInt(1)) }

// AddedName is the name an added tranche's investor gets when the reader
// gives none ("Investor 1" for x1); name.x1 is left out of a URL when equal.
// The page shows it in the reader's language.
func AddedName(id string) string {
	if n, ok := AddedNumber(id); ok {
		return "Investor " + strconv.Itoa(n)
	}
	return ""
}

// AddedNumber returns N for the id xN of a tranche a reader added.
func AddedNumber(id string) (int, bool) { return addedNum(id) }

// d is a short constructor for literal figures ("13.8"). Not inlined: the
// parse costs far more than the call, and each of its some fifty inlined
// copies was code that app.wasm carries.
//
//go:noinline
func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// Default returns the article's scenario (each figure's source is in
// Sources): a fresh value each call, so callers may modify it.
func Default() Scenario {
	one := decimal.NewFromInt(1)
	return Scenario{
		PreMoney:   d("730"),
		IPO:        d("1000"),
		Haircut:    one,
		Unpaid:     d("0.5"),
		PricePerGW: d("35"),
		Holders: []Holder{
			{ID: Microsoft, Name: "Microsoft", Before: d("0.27")},
			{ID: Foundation, Name: "OpenAI Foundation", Before: d("0.26")},
			{ID: SoftBank, Name: "SoftBank", Before: d("0.11")},
		},
		Tranches: []Tranche{
			{ID: TrancheSoftBank, Investor: SoftBank, Name: "SoftBank", Amount: d("30"), Prob: one, Multiple: one,
				Date: "2026-04-01, 2026-07-01, 2026-10-01", Year: d("2026")},
			{ID: TrancheNvidia, Investor: Nvidia, Name: "Nvidia", Amount: d("30"), Prob: one, Multiple: one, Year: d("2026")},
			{ID: TrancheAmazon, Investor: Amazon, Name: "Amazon", Amount: d("15"), Prob: one, Multiple: one, Year: d("2026")},
			{ID: TrancheAmazon2, Investor: Amazon, Name: "Amazon", Amount: d("35"), Prob: d("0.5"), Multiple: one,
				Condition: "IPO or undisclosed milestone before end of 2028", Year: d("2027")},
		},
		Partners: []Partner{
			{ID: Microsoft, Invested: d("13.8"), Commit: d("250"), GW: decimal.Zero, MarketCap: d("3000"), Years: d("7")},
			{ID: Amazon, Invested: decimal.Zero, Commit: d("138"), GW: decimal.Zero, MarketCap: d("2300"), Years: d("8")},
			{ID: Nvidia, Invested: decimal.Zero, Commit: decimal.Zero, GW: d("5"), MarketCap: d("4610"), Years: d("5")},
			{ID: SoftBank, Invested: d("34.6"), Commit: decimal.Zero, GW: decimal.Zero, MarketCap: d("160"), Years: d("1")},
		},
		Revenue:  d("20"),
		RevShare: d("0.2"),
		Mix: []ChannelShare{
			{ID: ChannelChatGPT, Share: d("0.7")},
			{ID: ChannelAPI, Share: d("0.2")},
			{ID: ChannelAPIPartner, Share: d("0.05")},
			{ID: ChannelFrontier, Share: d("0.03")},
			{ID: ChannelBedrock, Share: d("0.02")},
		},
		Growth: d("0.5"),
		Other:  d("322.4"),
	}
}

// Partner returns the partner id of s.
func (s Scenario) Partner(id string) (Partner, bool) {
	for _, p := range s.Partners {
		if p.ID == id {
			return p, true
		}
	}
	return Partner{}, false
}

// Others returns the remainder stake before the round: 1 − Σ named stakes.
func (s Scenario) Others() decimal.Decimal {
	sum := decimal.Zero
	for _, h := range s.Holders {
		sum = sum.Add(h.Before)
	}
	return decimal.NewFromInt(1).Sub(sum)
}

// clone returns s with its own copies of the slices, so that changing the
// result never changes the caller's scenario.
func (s Scenario) clone() Scenario {
	s.Holders = append([]Holder(nil), s.Holders...)
	s.Tranches = append([]Tranche(nil), s.Tranches...)
	s.Partners = append([]Partner(nil), s.Partners...)
	s.Mix = append([]ChannelShare(nil), s.Mix...)
	return s
}

// addedNum returns N for an added tranche id "xN" (1 ≤ N ≤ MaxAdded, no
// leading zero).
func addedNum(id string) (int, bool) {
	if len(id) < 2 || len(id) > 3 || id[0] != 'x' || id[1] == '0' {
		return 0, false
	}
	n := 0
	for _, c := range id[1:] {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, n >= 1 && n <= MaxAdded
}
