package model

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

// check returns the problem of v (URL unit) for field, or nil.
func (p Param) check(field string, v decimal.Decimal, given string) *Error {
	if p.fails(v, -1) {
		return p.err(field, v, given)
	}
	return nil
}

// fails reports whether v, given in the URL unit (shift −1) or as a
// scenario value (shift −3 for a fraction of a % field), is out of range or
// too precise.
func (p Param) fails(v decimal.Decimal, shift int32) bool {
	maxDec := int32(MaxDecimals)
	if shift == -3 {
		maxDec += 2
	}
	if v.Exponent() < -maxDec && !v.Equal(v.Truncate(maxDec)) {
		return true
	}
	if p.Unit == Whole && v.Exponent() < 0 && !v.IsInteger() {
		return true
	}
	// Most values are far from the bounds: compare magnitudes first, since
	// v lies in [10^(m−1), 10^m) with m = NumDigits + Exponent (v > 0).
	m := v.NumDigits() + int(v.Exponent())
	switch {
	case v.Sign() < 0:
		return true
	case p.lo == 0 || (v.Sign() > 0 && m-1 >= digits(p.lo)+int(shift)):
	case v.Cmp(decimal.New(p.lo, shift)) < 0:
		return true
	}
	if v.Sign() == 0 || m <= digits(p.hi)-1+int(shift) {
		return false
	}
	return v.Cmp(decimal.New(p.hi, shift)) > 0
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
func (p Param) err(field string, v decimal.Decimal, given string) *Error {
	code := ErrRange
	switch {
	case v.Exponent() < -MaxDecimals && !v.Equal(v.Truncate(MaxDecimals)):
		code = ErrNotNumber
	case p.Unit == Whole && !v.IsInteger() && !v.LessThan(p.Min) && !v.GreaterThan(p.Max):
		code = ErrWhole // a value out of range says so first
	}
	return &Error{Code: code, Field: field, Value: given, Min: p.Min.String(), Max: p.Max.String()}
}

// checkValue checks a scenario value of parameter p and member id ("" for
// a single parameter); the field name is only built for an error.
func (p Param) checkValue(id string, v decimal.Decimal) *Error {
	name := p.Name
	shift := int32(-1)
	if p.Unit == Percent {
		shift = -3
	}
	if p.fails(v, shift) {
		field := name
		if id != "" {
			field += "." + id
		}
		u := p.toURL(v)
		return p.err(field, u, formatNumber(u))
	}
	return nil
}

// formatNumber writes a number as in a URL: dot, no exponent, no trailing
// zeros.
func formatNumber(v decimal.Decimal) string { return v.String() }

// checkName returns the problem of an added investor's name, or nil: 1 to
// MaxNameLen characters of text with at least one visible character, and
// none that would act on the text around it (controls, bidirectional
// controls). The URL and a file reach it alike.
func checkName(field, name string) *Error {
	refuse := func(code, value string) *Error {
		return &Error{Code: code, Field: field, Value: value, Min: "1", Max: strconv.Itoa(MaxNameLen)}
	}
	if !utf8.ValidString(name) {
		return refuse(ErrNameInvalid, "")
	}
	visible := false
	for _, r := range name {
		switch {
		case r == utf8.RuneError: // what invalid text turns into on its way here
			return refuse(ErrNameInvalid, "")
		case bidiControl(r):
			return refuse(ErrNameBidi, codePoint(r))
		case unicode.IsControl(r) || r == '\u2028' || r == '\u2029':
			return refuse(ErrNameControl, codePoint(r))
		case unicode.In(r, unicode.L, unicode.N, unicode.P, unicode.S) && !blankLetter(r):
			visible = true
		}
	}
	if !visible {
		return refuse(ErrNameEmpty, "")
	}
	if utf8.RuneCountInString(name) > MaxNameLen {
		return refuse(ErrNameLong, shorten(name))
	}
	return nil
}

// bidiControl reports whether r changes the direction of the text after it:
// the embeddings, overrides and isolates, and the direction marks.
func bidiControl(r rune) bool {
	return (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069) || r == 0x200E || r == 0x200F || r == 0x061C
}

// blankLetter reports whether r is one of the letters and symbols that
// draw nothing (the Hangul fillers, the blank Braille pattern).
func blankLetter(r rune) bool {
	switch r {
	case 0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800:
		return true
	}
	return false
}

// codePoint names a character for a message: U+202E.
func codePoint(r rune) string { return fmt.Sprintf("U+%04X", r) }

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

// keyName is a parameter's name fit for a message: short, and never empty.
func keyName(k string) string {
	const max = 40
	if k == "" {
		return `""`
	}
	k = shorten(k)
	if r := []rune(k); len(r) > max {
		k = string(r[:max]) + "…"
	}
	return k
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
	for _, p := range paramTable {
		if !p.Family {
			add(p.checkValue("", *p.ref(&s, "")))
		}
	}

	// Each family in the table's order: its shape (values are checked only
	// where the ids are right), its values, then its rule across members
	// (named stakes, the mix) when every member is in range.
	// shaped: per group, 0 not checked yet, 1 ids right, 2 ids wrong.
	var shaped [3]int8
	for _, p := range paramTable {
		if !p.Family {
			continue
		}
		if p.Section == SectionTranches {
			if p.Name == "t" {
				errs = append(errs, validateTranches(s.Tranches)...)
			}
			continue
		}
		g := 0 // holders
		switch {
		case p.Section == SectionTies:
			g = 1
		case p.Name == "mix":
			g = 2
		}
		if shaped[g] == 0 {
			e := s.shapeProblem(g)
			add(e)
			shaped[g] = 1
			if e != nil {
				shaped[g] = 2
			}
		}
		ok := shaped[g] == 1
		if !ok {
			continue
		}
		for _, id := range p.ids(&s) {
			e := p.checkValue(id, *p.ref(&s, id))
			add(e)
			ok = ok && e == nil
		}
		switch {
		case ok && p.Name == "s":
			add(stakesProblem(s.Holders))
		case ok && p.Name == "mix":
			add(mixProblem(s.Mix))
		}
	}
	return errs
}

// shapeProblem checks the ids of a family's list: 0 holders, 1 partners,
// 2 channels.
func (s Scenario) shapeProblem(group int) *Error {
	switch group {
	case 0:
		return checkIDs("holders", len(s.Holders), func(i int) string { return s.Holders[i].ID }, []string{Microsoft, Foundation, SoftBank})
	case 1:
		return checkIDs("partners", len(s.Partners), func(i int) string { return s.Partners[i].ID }, PartnerIDs())
	}
	return checkIDs("mix", len(s.Mix), func(i int) string { return s.Mix[i].ID }, ChannelIDs())
}

// validateTranches checks the tranches' shape, values and the number of
// conditional ones.
func validateTranches(ts []Tranche) []Error {
	defaults := []string{TrancheSoftBank, TrancheNvidia, TrancheAmazon, TrancheAmazon2}
	if len(ts) < len(defaults) {
		return []Error{{Code: ErrUnknownValue, Field: "tranches", Value: strconv.Itoa(len(ts))}}
	}
	var errs []Error
	amount, _ := paramNamed("t", true)
	prob, _ := paramNamed("q", true)
	multiple, _ := paramNamed("m", true)
	year, _ := paramNamed("y", true)
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
			amount.checkValue(t.ID, t.Amount),
			prob.checkValue(t.ID, t.Prob),
			multiple.checkValue(t.ID, t.Multiple),
			year.checkValue(t.ID, t.Year),
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

// stakesProblem is the rule across the named stakes: together at most
// 100 %, the rest being the other holders'.
func stakesProblem(hs []Holder) *Error {
	sum := decimal.Zero
	for _, h := range hs {
		sum = sum.Add(h.Before)
	}
	if sum.GreaterThan(decimal.NewFromInt(1)) {
		return &Error{Code: ErrStakesSum, Field: "s", Value: formatNumber(sum.Shift(2)), Min: "0", Max: "100"}
	}
	return nil
}

// mixProblem is the rule across the channels: their shares make 100 %.
func mixProblem(m []ChannelShare) *Error {
	sum := decimal.Zero
	for _, c := range m {
		sum = sum.Add(c.Share)
	}
	if !sum.Equal(decimal.NewFromInt(1)) {
		return &Error{Code: ErrMixSum, Field: "mix", Value: formatNumber(sum.Shift(2)), Min: "100", Max: "100"}
	}
	return nil
}

// dedupe drops the repeats of an identical refusal, keeping the first of
// each in order: a message names each problem once.
func dedupe(errs []Error) []Error {
	if len(errs) < 2 {
		return errs
	}
	seen := make(map[Error]bool, len(errs))
	out := errs[:0:0]
	for _, e := range errs {
		if !seen[e] {
			seen[e] = true
			out = append(out, e)
		}
	}
	return out
}

func conditionalError(field string, n int) Error {
	return Error{Code: ErrConditional, Field: field, Value: strconv.Itoa(n), Min: "0", Max: strconv.Itoa(MaxConditional)}
}

// Error returns an English message naming the field, the value and the
// allowed range.
func (e Error) Error() string {
	unit := ""
	if p, _, ok := ParamOf(e.Field); ok && p.Unit == Percent {
		unit = " %"
	}
	// One call with every argument, each format taking the ones it needs
	// (%[1]s field, %[2]s value, %[3]s min, %[4]s max, %[5]s unit,
	// %[6]d MaxDecimals, %[7]s code): one Sprintf's code in app.wasm, not
	// one per message.
	var f string
	switch e.Code {
	case ErrNotNumber:
		f = "%[1]s: %[2]q is not a number (dot as separator, at most %[6]d decimals); allowed %[3]s to %[4]s%[5]s"
	case ErrRange:
		f = "%[1]s: %[2]s%[5]s is out of range; allowed %[3]s to %[4]s%[5]s"
	case ErrWhole:
		f = "%[1]s: %[2]s is not a whole number; allowed %[3]s to %[4]s"
	case ErrStakesSum:
		f = "%[1]s: the named stakes add up to %[2]s %%, more than 100 %%"
	case ErrMixSum:
		f = "%[1]s: the channels' shares add up to %[2]s %%, not 100 %%"
	case ErrConditional:
		f = "%[1]s: %[2]s conditional tranches, at most %[4]s"
	case ErrNameEmpty:
		f = "%[1]s: the name has no visible character"
	case ErrNameLong:
		f = "%[1]s: the name %[2]q is longer than %[4]s characters"
	case ErrNameControl:
		f = "%[1]s: the name holds a control character (%[2]s)"
	case ErrNameBidi:
		f = "%[1]s: the name holds a bidirectional control character (%[2]s)"
	case ErrNameInvalid:
		f = "%[1]s: the name is not valid text"
	case ErrDuplicate:
		f = "%[1]s: %[2]q is given more than once"
	case ErrUnknownValue:
		f = "%[1]s: unknown value %[2]q"
	case ErrJSON:
		f = "%[1]s: not a roundcalc scenario file (%[2]s)"
	case ErrTooManyAdded:
		f = "%[1]s: %[2]s added tranches, at most %[4]s"
	case ErrFileSize:
		f = "%[1]s: %[2]q is larger than %[4]s MB"
	case ErrMalformed:
		f = "%[1]s: %[2]q cannot be read (a bad %%-escape or a semicolon)"
	default:
		f = "%[1]s: %[7]s %[2]q"
	}
	return fmt.Sprintf(f, e.Field, e.Value, e.Min, e.Max, unit, MaxDecimals, e.Code)
}
