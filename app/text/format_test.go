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

func TestNormaliseTyped(t *testing.T) {
	assert.Equal(t, "1234.5", NormaliseTyped("fr", " 1\u202f234,5 "))
	assert.Equal(t, "1234.5", NormaliseTyped("en", "1,234.5"))
	assert.Equal(t, "-3", NormaliseTyped("en", "−3"))
	assert.Equal(t, "1.5,3", NormaliseTyped("fr", "1,5,3"))
}
