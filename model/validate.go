package model

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

// spec is the allowed range of a numeric parameter, in its URL unit.
type spec struct {
	min, max string // for messages
	lo, hi   int64  // the same bounds, tenths: m's 0.1 is 1
	pct      bool   // the URL unit is % and the scenario holds a fraction
}

// specOf returns the range of a numeric URL parameter.
func specOf(field string) (spec, bool) {
	if prefix, _, ok := strings.Cut(field, "."); ok {
		return specOfKind(prefix + ".")
	}
	return specOfKind(field)
}

// specOfKind returns the range of a parameter kind: "pre", … or a prefix
// with its dot, "s.", "t.", …
func specOfKind(kind string) (spec, bool) {
	switch kind {
	case "pre":
		return spec{"1", "10000", 10, 100000, false}, true
	case "ipo":
		return spec{"1", "100000", 10, 1000000, false}, true
	case "haircut", "unpaid":
		return spec{"0", "100", 0, 1000, true}, true
	case "gw":
		return spec{"0", "200", 0, 2000, false}, true
	case "rev":
		return spec{"0", "1000", 0, 10000, false}, true
	case "share":
		return spec{"0", "50", 0, 500, true}, true
	case "s.", "q.", "mix.":
		return spec{"0", "100", 0, 1000, true}, true
	case "t.", "inv.":
		return spec{"0", "1000", 0, 10000, false}, true
	case "m.":
		return spec{"0.1", "10", 1, 100, false}, true
	case "commit.":
		return spec{"0", "5000", 0, 50000, false}, true
	case "cap.":
		return spec{"1", "100000", 10, 1000000, false}, true
	case "gw.": // a partner's GW: not a URL parameter, only set in code
		return spec{"0", "100", 0, 1000, false}, true
	}
	return spec{}, false
}

// urlUnit converts a scenario value to its URL unit (fractions to %).
func (sp spec) urlUnit(v decimal.Decimal) decimal.Decimal {
	if sp.pct {
		return v.Shift(2)
	}
	return v
}

// fromURL converts a URL-unit value to the scenario's unit.
func (sp spec) fromURL(v decimal.Decimal) decimal.Decimal {
	if sp.pct {
		return v.Shift(-2)
	}
	return v
}

// check returns the problem of v (URL unit) for field, or nil.
func (sp spec) check(field string, v decimal.Decimal, given string) *Error {
	if sp.fails(v, -1) {
		return sp.err(field, v, given)
	}
	return nil
}

// fails reports whether v, given in the URL unit (shift −1) or as a
// scenario value (shift −3 for a fraction of a % field), is out of range or
// too precise.
func (sp spec) fails(v decimal.Decimal, shift int32) bool {
	maxDec := int32(MaxDecimals)
	if shift == -3 {
		maxDec += 2
	}
	if v.Exponent() < -maxDec && !v.Equal(v.Truncate(maxDec)) {
		return true
	}
	// Most values are far from the bounds: compare magnitudes first, since
	// v lies in [10^(m−1), 10^m) with m = NumDigits + Exponent (v > 0).
	m := v.NumDigits() + int(v.Exponent())
	switch {
	case v.Sign() < 0:
		return true
	case sp.lo == 0 || (v.Sign() > 0 && m-1 >= digits(sp.lo)+int(shift)):
	case v.Cmp(decimal.New(sp.lo, shift)) < 0:
		return true
	}
	if v.Sign() == 0 || m <= digits(sp.hi)-1+int(shift) {
		return false
	}
	return v.Cmp(decimal.New(sp.hi, shift)) > 0
}

// digits returns the number of decimal digits of n > 0.
func digits(n int64) int {
	k := 0
	for ; n > 0; n /= 10 {
		k++
	}
	return k
}

// err describes why v (URL unit) fails.
func (sp spec) err(field string, v decimal.Decimal, given string) *Error {
	code := ErrRange
	if v.Exponent() < -MaxDecimals && !v.Equal(v.Truncate(MaxDecimals)) {
		code = ErrNotNumber
	}
	return &Error{Code: code, Field: field, Value: given, Min: sp.min, Max: sp.max}
}

// checkValue checks a scenario value of a numeric parameter kind ("pre",
// "s.", …) and id; the field name is only built for an error.
func checkValue(kind, id string, v decimal.Decimal) *Error {
	sp, _ := specOfKind(kind)
	shift := int32(-1)
	if sp.pct {
		shift = -3
	}
	if sp.fails(v, shift) {
		u := sp.urlUnit(v)
		return sp.err(kind+id, u, formatNumber(u))
	}
	return nil
}

// formatNumber writes a number as in a URL: dot, no exponent, no trailing
// zeros.
func formatNumber(v decimal.Decimal) string { return v.String() }

// checkName returns the problem of an added investor's name, or nil: 1 to
// MaxNameLen characters of plain text, not only spaces.
func checkName(field, name string) *Error {
	bad := !utf8.ValidString(name) || utf8.RuneCountInString(name) > MaxNameLen ||
		strings.TrimSpace(name) == ""
	for _, r := range name {
		if unicode.IsControl(r) {
			bad = true
		}
	}
	if bad {
		return &Error{Code: ErrName, Field: field, Value: shorten(name), Min: "1", Max: strconv.Itoa(MaxNameLen)}
	}
	return nil
}

// shorten keeps an offending value short enough for a message.
func shorten(v string) string {
	const max = 64
	if !utf8.ValidString(v) {
		v = strings.ToValidUTF8(v, "\uFFFD")
	}
	if utf8.RuneCountInString(v) <= max {
		return v
	}
	return string([]rune(v)[:max]) + "…"
}

// defaultInvestor returns the investor of a default tranche id.
func defaultInvestor(id string) (string, bool) {
	switch id {
	case TrancheSoftBank:
		return SoftBank, true
	case TrancheNvidia:
		return Nvidia, true
	case TrancheAmazon, TrancheAmazon2:
		return Amazon, true
	}
	return "", false
}

// Validate returns every problem of s (nil when valid). Besides the ranges,
// it checks the scenario's shape (the ids the URL form relies on): holders
// msft, fdn, sftb; tranches sftb, nvda, amzn, amzn2, then added tranches in
// increasing order x1…x99, each its own investor; partners msft, amzn, nvda,
// sftb; the five channels. A shape problem has Code ErrUnknownValue.
func (s Scenario) Validate() []Error {
	var errs []Error
	add := func(e *Error) {
		if e != nil {
			errs = append(errs, *e)
		}
	}
	add(checkValue("pre", "", s.PreMoney))
	add(checkValue("ipo", "", s.IPO))
	add(checkValue("haircut", "", s.Haircut))
	add(checkValue("unpaid", "", s.Unpaid))
	add(checkValue("gw", "", s.PricePerGW))

	if e := checkIDs("holders", len(s.Holders), func(i int) string { return s.Holders[i].ID },
		[]string{Microsoft, Foundation, SoftBank}); e != nil {
		add(e)
	} else {
		sum := decimal.Zero
		ok := true
		for _, h := range s.Holders {
			e := checkValue("s.", h.ID, h.Before)
			add(e)
			ok = ok && e == nil
			sum = sum.Add(h.Before)
		}
		if ok && sum.GreaterThan(decimal.NewFromInt(1)) {
			add(stakesSumError(sum))
		}
	}

	errs = append(errs, validateTranches(s.Tranches)...)

	if e := checkIDs("partners", len(s.Partners), func(i int) string { return s.Partners[i].ID },
		PartnerIDs()); e != nil {
		add(e)
	} else {
		for _, p := range s.Partners {
			add(checkValue("inv.", p.ID, p.Invested))
			add(checkValue("commit.", p.ID, p.Commit))
			add(checkValue("gw.", p.ID, p.GW))
			add(checkValue("cap.", p.ID, p.MarketCap))
		}
	}

	add(checkValue("rev", "", s.Revenue))
	add(checkValue("share", "", s.RevShare))
	if e := checkIDs("mix", len(s.Mix), func(i int) string { return s.Mix[i].ID }, ChannelIDs()); e != nil {
		add(e)
	} else {
		sum := decimal.Zero
		ok := true
		for _, c := range s.Mix {
			e := checkValue("mix.", c.ID, c.Share)
			add(e)
			ok = ok && e == nil
			sum = sum.Add(c.Share)
		}
		if ok && !sum.Equal(decimal.NewFromInt(1)) {
			add(mixSumError(sum))
		}
	}
	return errs
}

// validateTranches checks the tranches' shape, values and the number of
// conditional ones.
func validateTranches(ts []Tranche) []Error {
	defaults := []string{TrancheSoftBank, TrancheNvidia, TrancheAmazon, TrancheAmazon2}
	if len(ts) < len(defaults) {
		return []Error{{Code: ErrUnknownValue, Field: "tranches", Value: strconv.Itoa(len(ts))}}
	}
	var errs []Error
	last, conditional := 0, 0
	for i, t := range ts {
		var ok bool
		if i < len(defaults) {
			inv, _ := defaultInvestor(defaults[i])
			ok = t.ID == defaults[i] && t.Investor == inv
		} else {
			n, isAdded := addedNum(t.ID)
			ok = isAdded && n > last && t.Investor == t.ID
			last = n
		}
		if !ok {
			return append(errs, Error{Code: ErrUnknownValue, Field: "tranches", Value: shorten(t.ID)})
		}
		for _, e := range []*Error{
			checkValue("t.", t.ID, t.Amount),
			checkValue("q.", t.ID, t.Prob),
			checkValue("m.", t.ID, t.Multiple),
		} {
			if e != nil {
				errs = append(errs, *e)
			}
		}
		if i >= len(defaults) {
			if e := checkName("name."+t.ID, t.Name); e != nil {
				errs = append(errs, *e)
			}
		}
		if !t.Firm() {
			conditional++
		}
	}
	if conditional > MaxConditional {
		errs = append(errs, conditionalError("q", conditional))
	}
	return errs
}

// checkIDs checks that a list has exactly the ids want, in order.
func checkIDs(field string, n int, id func(int) string, want []string) *Error {
	if n != len(want) {
		return &Error{Code: ErrUnknownValue, Field: field, Value: strconv.Itoa(n)}
	}
	for i, w := range want {
		if id(i) != w {
			return &Error{Code: ErrUnknownValue, Field: field, Value: shorten(id(i))}
		}
	}
	return nil
}

func stakesSumError(sum decimal.Decimal) *Error {
	return &Error{Code: ErrStakesSum, Field: "s", Value: formatNumber(sum.Shift(2)), Min: "0", Max: "100"}
}

func mixSumError(sum decimal.Decimal) *Error {
	return &Error{Code: ErrMixSum, Field: "mix", Value: formatNumber(sum.Shift(2)), Min: "100", Max: "100"}
}

func conditionalError(field string, n int) Error {
	return Error{Code: ErrConditional, Field: field, Value: strconv.Itoa(n), Min: "0", Max: strconv.Itoa(MaxConditional)}
}

// Error returns an English message naming the field, the value and the
// allowed range.
func (e Error) Error() string {
	unit := ""
	if sp, ok := specOf(e.Field); ok && sp.pct {
		unit = " %"
	}
	switch e.Code {
	case ErrNotNumber:
		return fmt.Sprintf("%s: %q is not a number (dot as separator, at most %d decimals); allowed %s to %s%s",
			e.Field, e.Value, MaxDecimals, e.Min, e.Max, unit)
	case ErrRange:
		return fmt.Sprintf("%s: %s%s is out of range; allowed %s to %s%s", e.Field, e.Value, unit, e.Min, e.Max, unit)
	case ErrStakesSum:
		return fmt.Sprintf("%s: the named stakes add up to %s %%, more than 100 %%", e.Field, e.Value)
	case ErrMixSum:
		return fmt.Sprintf("%s: the channels' shares add up to %s %%, not 100 %%", e.Field, e.Value)
	case ErrConditional:
		return fmt.Sprintf("%s: %s conditional tranches, at most %s", e.Field, e.Value, e.Max)
	case ErrName:
		return fmt.Sprintf("%s: the name %q must be %s to %s characters of plain text", e.Field, e.Value, e.Min, e.Max)
	case ErrUnknownValue:
		return fmt.Sprintf("%s: unknown value %q", e.Field, e.Value)
	case ErrJSON:
		return fmt.Sprintf("%s: not a roundcalc scenario file (%s)", e.Field, e.Value)
	}
	return fmt.Sprintf("%s: %s %q", e.Field, e.Code, e.Value)
}
