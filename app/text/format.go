package text

import (
	"strings"

	"github.com/shopspring/decimal"

	"github.com/roundcalc/roundcalc/model"
)

// NNBSP is the narrow no-break space: French puts it before % and between thousands.
const NNBSP = "\u202f"

func hundred() decimal.Decimal { return decimal.NewFromInt(100) }

// Number formats d rounded half away from zero to at most maxDec decimals
// (trailing zeros dropped) or exactly maxDec decimals when fixed, with the
// language's separators.
func Number(lang string, d decimal.Decimal, maxDec int32, fixed bool) string {
	d = d.Round(maxDec)
	var s string
	if fixed {
		s = d.StringFixed(maxDec)
	} else {
		s = d.String()
	}
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	intPart, frac, hasFrac := strings.Cut(s, ".")
	group, point := ",", "."
	if lang == "fr" {
		group, point = NNBSP, ","
	}
	var b strings.Builder
	if neg && (strings.Trim(intPart, "0") != "" || strings.Trim(frac, "0") != "") {
		b.WriteString("−")
	}
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteString(group)
		}
		b.WriteRune(r)
	}
	if hasFrac {
		b.WriteString(point)
		b.WriteString(frac)
	}
	return b.String()
}

// Money formats billions of dollars: "840 Md$" / "$840B".
func Money(lang string, d decimal.Decimal) string {
	return moneyUnit(lang, Number(lang, d, 2, false))
}

// MoneyFixed formats billions of dollars with exactly dec decimals, for a
// table's column: every row of it then shows the same decimals.
func MoneyFixed(lang string, d decimal.Decimal, dec int32) string {
	return moneyUnit(lang, Number(lang, d, dec, true))
}

func moneyUnit(lang, n string) string {
	if lang == "fr" {
		return n + "\u00a0Md$"
	}
	if strings.HasPrefix(n, "−") {
		return "−$" + strings.TrimPrefix(n, "−") + "B"
	}
	return "$" + n + "B"
}

// Dollars formats plain dollars (per user figures), no decimals.
func Dollars(lang string, d decimal.Decimal) string {
	n := Number(lang, d, 0, false)
	if lang == "fr" {
		return n + "\u00a0$"
	}
	return "$" + n
}

// PercentOf formats a fraction as a percentage with 2 decimals.
func PercentOf(lang string, fraction decimal.Decimal) string {
	return Percent(lang, fraction.Mul(hundred()), 2)
}

// Percent formats a figure already in percent.
func Percent(lang string, pct decimal.Decimal, dec int32) string {
	n := Number(lang, pct, dec, true)
	if lang == "fr" {
		return n + NNBSP + "%"
	}
	return n + "%"
}

// Points formats a change of a fraction in percentage points, signed.
func Points(lang string, fraction decimal.Decimal) string {
	p := fraction.Mul(hundred()).Round(2)
	n := Number(lang, p.Abs(), 2, true)
	sign := "+"
	switch {
	case p.IsZero():
		sign = "±"
	case p.IsNegative():
		sign = "−"
	}
	unit := " pt"
	if lang == "fr" {
		unit = "\u00a0pt"
	}
	return sign + n + unit
}

// SignedPercentOf formats a change as a fraction, signed, with 2 decimals:
// "+19,05 %" / "−4.5%".
func SignedPercentOf(lang string, fraction decimal.Decimal) string {
	p := fraction.Mul(hundred()).Round(2)
	sign := "+"
	switch {
	case p.IsZero():
		sign = "±"
	case p.IsNegative():
		sign = "−"
	}
	return sign + Percent(lang, p.Abs(), 2)
}

// Multiple formats a ratio: "2,8×" / "2.8×".
func Multiple(lang string, d decimal.Decimal) string {
	return Number(lang, d, 2, false) + "×"
}

// DataValue is the machine form of a figure (data-value): 10 decimals, dot
// separator, rounded half away from zero.
func DataValue(d decimal.Decimal) string { return model.Fixed(d, 10) }

// FieldText shows an input's value in its URL unit with the language's
// decimal separator and no grouping, so it can be typed back as is.
func FieldText(lang string, d decimal.Decimal) string {
	s := d.String()
	if lang == "fr" {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// ParseTyped reads a number as a reader types it in the page's language
// and returns it in the URL form (a dot, no grouping), or false when its
// meaning is not clear in that language: a typed number is never guessed.
// English groups thousands with commas, by threes, and has a decimal point:
// 1,000.5 or 1000.5 (812,5 and 1.000,5 are refused: 8125 or 812.5? 1 or
// 1000.5?). French groups with spaces, by threes, and has a decimal comma
// or point: 1 000,5, 1000,5 or 1000.5 (1.000,5 and 1,000.5 are refused).
// A leading minus (- or −) and spaces around are allowed.
func ParseTyped(lang, s string) (string, bool) {
	s = strings.TrimSpace(s)
	var b strings.Builder
	if rest, ok := strings.CutPrefix(s, "−"); ok {
		s = "-" + rest
	}
	if rest, ok := strings.CutPrefix(s, "-"); ok {
		b.WriteByte('-')
		s = rest
	}
	intPart, frac := s, ""
	point := strings.IndexAny(s, ".,")
	if lang == "fr" {
		if point >= 0 {
			intPart, frac = s[:point], s[point+1:]
		}
	} else if i := strings.IndexByte(s, '.'); i >= 0 {
		intPart, frac = s[:i], s[i+1:]
		point = i
	} else {
		point = -1
	}
	if point >= 0 && (frac == "" || !allDigits(frac)) {
		return "", false // a second separator, a group after the point, a letter
	}
	group := ","
	if lang == "fr" {
		group = " "
		intPart = strings.NewReplacer("\u00a0", " ", NNBSP, " ").Replace(intPart)
	}
	groups := strings.Split(intPart, group)
	for i, g := range groups {
		ok := allDigits(g) && g != ""
		if len(groups) > 1 { // grouped: 1 to 3 digits first, then threes
			ok = ok && len(g) <= 3 && (i == 0 || len(g) == 3)
		}
		if !ok {
			return "", false
		}
		b.WriteString(g)
	}
	if point >= 0 {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return b.String(), true
}

// allDigits reports whether s is made of ASCII digits only ("" included).
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// TypedForm is the code of a typed number written in a form the page's
// language does not read without a guess (ParseTyped); its message shows
// what the reader typed and the forms expected.
const TypedForm = "typed-form"
