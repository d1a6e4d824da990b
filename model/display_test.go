package model

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
)

func TestFixed(t *testing.T) {
	for _, c := range []struct {
		in   string
		n    int32
		want string
	}{
		{"840", 10, "840.0000000000"},
		{"0.23464285714285714285", 10, "0.2346428571"},
		{"2.5", 0, "3"},
		{"-2.5", 0, "-3"},
		{"0.00005", 4, "0.0001"},
		{"-0.00005", 4, "-0.0001"},
		{"-0.00004", 4, "0.0000"},
		{"-64.6", 2, "-64.60"},
		{"1.005", 2, "1.01"},
		{"0", 2, "0.00"},
	} {
		assert.Equal(t, c.want, Fixed(d(c.in), c.n), c.in)
	}
}

func TestDisplayStakes(t *testing.T) {
	third := decimal.NewFromInt(1).DivRound(decimal.NewFromInt(3), 30)
	got := DisplayStakes([]decimal.Decimal{third, third, third}, 2)
	assert.Equal(t, []string{"33.34", "33.33", "33.33"}, strs(got, 2), "ties go to the row listed first")

	got = DisplayStakes([]decimal.Decimal{d("0.12345"), d("0.87655")}, 2)
	assert.Equal(t, []string{"12.35", "87.65"}, strs(got, 2), "equal remainders: the first row")
	got = DisplayStakes([]decimal.Decimal{d("0.12344"), d("0.87656")}, 2)
	assert.Equal(t, []string{"12.34", "87.66"}, strs(got, 2))

	got = DisplayStakes([]decimal.Decimal{d("0.5"), d("0.5")}, 0)
	assert.Equal(t, []string{"50", "50"}, strs(got, 0))

	assert.Empty(t, DisplayStakes(nil, 2))

	r, _ := Compute(Default())
	got = DisplayStakes(stakes(r.All), 2)
	assert.Equal(t, []string{"23.46", "22.60", "13.13", "3.57", "5.95", "31.29"}, strs(got, 2))
}

func strs(ds []decimal.Decimal, n int32) []string {
	out := make([]string, len(ds))
	for i, x := range ds {
		out[i] = x.StringFixed(n)
	}
	return out
}
