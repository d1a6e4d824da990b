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

// NormaliseTyped turns what a reader typed into the URL form: spaces and
// group separators are dropped; in French the comma is the decimal
// separator, in English it groups thousands.
func NormaliseTyped(lang, s string) string {
	s = strings.NewReplacer(" ", "", "\u00a0", "", NNBSP, "", "−", "-").Replace(strings.TrimSpace(s))
	if lang == "fr" {
		return strings.Replace(s, ",", ".", 1)
	}
	return strings.ReplaceAll(s, ",", "")
}
