package main

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
		assert.Equal(t, c.fr, money("fr", dec(c.in)), c.in)
		assert.Equal(t, c.en, money("en", dec(c.in)), c.in)
	}
}

func TestPercent(t *testing.T) {
	assert.Equal(t, "23,46\u202f%", percentOf("fr", dec("0.2346428571")))
	assert.Equal(t, "23.46%", percentOf("en", dec("0.2346428571")))
	assert.Equal(t, "13.10%", percentOf("en", dec("0.130952")))
	assert.Equal(t, "−3,54\u00a0pt", points("fr", dec("-0.0353571")))
	assert.Equal(t, "+2.13 pt", points("en", dec("0.02131")))
	assert.Equal(t, "±0.00 pt", points("en", dec("0.00001")))
}

func TestDataValue(t *testing.T) {
	assert.Equal(t, "840.0000000000", dataValue(dec("840")))
	assert.Equal(t, "0.2346428571", dataValue(dec("0.234642857142857")))
	assert.Equal(t, "0.0000000001", dataValue(dec("0.00000000005")))
	assert.Equal(t, "-0.0000000001", dataValue(dec("-0.00000000005")))
}

func TestNormaliseTyped(t *testing.T) {
	assert.Equal(t, "1234.5", normaliseTyped("fr", " 1\u202f234,5 "))
	assert.Equal(t, "1234.5", normaliseTyped("en", "1,234.5"))
	assert.Equal(t, "-3", normaliseTyped("en", "−3"))
	assert.Equal(t, "1.5,3", normaliseTyped("fr", "1,5,3"))
}
