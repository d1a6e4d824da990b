package model

import (
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// The range check's shortcut by magnitude agrees with plain comparisons.
func TestRangeCheckShortcut(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for _, sp := range paramTable {
		kind := sp.Name
		for _, shift := range []int32{-1, -3} {
			lo, hi := decimal.New(sp.lo, shift), decimal.New(sp.hi, shift)
			for range 20000 {
				v := decimal.New(r.Int64N(2_000_000)-1000, -int32(r.IntN(12)))
				if r.IntN(4) == 0 {
					v = []decimal.Decimal{lo, hi, lo.Sub(d("0.0001")), hi.Add(d("0.0001")), decimal.Zero}[r.IntN(5)]
				}
				want := v.LessThan(lo) || v.GreaterThan(hi)
				require.Equal(t, want, sp.fails(v, shift), "%s %d %s", kind, shift, v)
			}
		}
	}
}

// A zero or half-built scenario yields errors, never a panic.
func TestZeroScenario(t *testing.T) {
	var s Scenario
	require.NotEmpty(t, s.Validate())
	_, errs := Compute(s)
	require.NotEmpty(t, errs)
	require.NotPanics(t, func() {
		s.Query()
		_, _ = s.MarshalJSON()
		Routes(s)
		s.SetMix(ChannelAPI, d("0.5"))
		s.Others()
		DisplayStakes([]decimal.Decimal{{}, {}}, 2)
		Fixed(decimal.Decimal{}, 2)
		Results{}.View("nope")
	})
	got, errs := ParseQuery(s, nil)
	require.Empty(t, errs)
	require.Empty(t, sameScenario(Default(), got), "an invalid base is replaced by the defaults")
}
