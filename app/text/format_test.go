package text

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func TestMoney(t *testing.T) {
	for _, c := range []struct{ in, fr, en string }{
		{"840", "840\u00a0Md$", "$840B"},
		{"32.5", "32,5\u00a0Md$", "$32.5B"},
		{"0.075", "0,08\u00a0Md$", "$0.08B"},
		{"1000", "1\u202f000\u00a0Md$", "$1,000B"},
		{"-64.6", "−64,6\u00a0Md$", "−$64.6B"},
		{"-0.001", "0\u00a0Md$", "$0B"},
		{"12345.675", "12\u202f345,68\u00a0Md$", "$12,345.68B"},
	} {
		assert.Equal(t, c.fr, Money("fr", dec(c.in)), c.in)
		assert.Equal(t, c.en, Money("en", dec(c.in)), c.in)
	}
}

func TestPercent(t *testing.T) {
	assert.Equal(t, "23,46\u202f%", PercentOf("fr", dec("0.2346428571")))
	assert.Equal(t, "23.46%", PercentOf("en", dec("0.2346428571")))
	assert.Equal(t, "13.10%", PercentOf("en", dec("0.130952")))
	assert.Equal(t, "−3,54\u00a0pt", Points("fr", dec("-0.0353571")))
	assert.Equal(t, "+2.13 pt", Points("en", dec("0.02131")))
	assert.Equal(t, "±0.00 pt", Points("en", dec("0.00001")))
}

func TestDataValue(t *testing.T) {
	assert.Equal(t, "840.0000000000", DataValue(dec("840")))
	assert.Equal(t, "0.2346428571", DataValue(dec("0.234642857142857")))
	assert.Equal(t, "0.0000000001", DataValue(dec("0.00000000005")))
	assert.Equal(t, "-0.0000000001", DataValue(dec("-0.00000000005")))
}

// A typed number is read only where its meaning is clear in the page's
// language: never 812,5 as 8125 or 1.000,5 as 1.0005 in English.
func TestParseTyped(t *testing.T) {
	for _, c := range []struct {
		lang, typed, want string // want "" refused
	}{
		{"en", "1000.5", "1000.5"},
		{"en", "1,000.5", "1000.5"},
		{"en", "1,000", "1000"},
		{"en", "1,234,567.25", "1234567.25"},
		{"en", " 730 ", "730"},
		{"en", "−3", "-3"},
		{"en", "-0.5", "-0.5"},
		{"en", "0.05", "0.05"},
		{"en", "812,5", ""},
		{"en", "1.000,5", ""},
		{"en", "1,5", ""},
		{"en", "12,34,567", ""},
		{"en", "1,0000", ""},
		{"en", ",5", ""},
		{"en", "1 000.5", ""},
		{"en", "1,000.5.2", ""},
		{"en", "1,000,", ""},
		{"en", "5.", ""},
		{"en", ".5", ""},
		{"en", "1e3", ""},
		{"en", "abc", ""},
		{"en", "", ""},
		{"fr", "1 000,5", "1000.5"},
		{"fr", "1\u202f000,5", "1000.5"},
		{"fr", "1\u00a0000,5", "1000.5"},
		{"fr", "1000,5", "1000.5"},
		{"fr", "1000.5", "1000.5"},
		{"fr", "1 000.5", "1000.5"},
		{"fr", "812,5", "812.5"},
		{"fr", "−3,5", "-3.5"},
		{"fr", "1 234 567", "1234567"},
		{"fr", "1.000,5", ""},
		{"fr", "1,000.5", ""},
		{"fr", "1,5,3", ""},
		{"fr", "1 00", ""},
		{"fr", "10 00,5", ""},
		{"fr", "0,", ""},
		{"fr", "1,000,5", ""},
		{"fr", "1'000", ""},
	} {
		got, ok := ParseTyped(c.lang, c.typed)
		if c.want == "" {
			assert.False(t, ok, "%s %q read as %q", c.lang, c.typed, got)
			continue
		}
		assert.True(t, ok, "%s %q refused", c.lang, c.typed)
		assert.Equal(t, c.want, got, "%s %q", c.lang, c.typed)
	}
}
