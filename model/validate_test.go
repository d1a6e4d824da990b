package model

import (
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
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
				want := v.LessThan(lo) || v.GreaterThan(hi) || (sp.Unit == Whole && !v.IsInteger())
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

func TestValidateShape(t *testing.T) {
	for name, mutate := range map[string]func(*Scenario){
		"holder missing":   func(s *Scenario) { s.Holders = s.Holders[:2] },
		"holder renamed":   func(s *Scenario) { s.Holders[0].ID = "goog" },
		"tranche missing":  func(s *Scenario) { s.Tranches = s.Tranches[1:] },
		"investor changed": func(s *Scenario) { s.Tranches[1].Investor = Microsoft },
		"added not own":    func(s *Scenario) { s.Tranches[4].Investor = Amazon },
		"added bad id":     func(s *Scenario) { s.Tranches[4].ID, s.Tranches[4].Investor = "x100", "x100" },
		"added out of order": func(s *Scenario) {
			s.Tranches = append(s.Tranches, s.Tranches[4])
		},
		"partner missing": func(s *Scenario) { s.Partners = s.Partners[:3] },
		"channel missing": func(s *Scenario) { s.Mix = s.Mix[:4] },
	} {
		s := withAdded().clone()
		mutate(&s)
		errs := s.Validate()
		require.NotEmpty(t, errs, name)
		assert.Equal(t, ErrUnknownValue, errs[0].Code, name)
		_, cerrs := Compute(s)
		assert.Equal(t, errs, cerrs, name)
	}
	s := Default()
	s.PreMoney = decimal.Zero
	s.Tranches[0].Amount = d("-1")
	s.Holders[0].Before = d("0.9")
	errs := s.Validate()
	require.Len(t, errs, 3)
	assert.Equal(t, Error{Code: ErrRange, Field: "pre", Value: "0", Min: "1", Max: "10000"}, errs[0])
	assert.Equal(t, Error{Code: ErrStakesSum, Field: "s", Value: "127", Min: "0", Max: "100"}, errs[1])
	assert.Equal(t, Error{Code: ErrRange, Field: "t.sftb", Value: "-1", Min: "0", Max: "1000"}, errs[2])
	r, errs2 := Compute(s)
	assert.Equal(t, errs, errs2)
	assert.Empty(t, r.All.Holders, "no figures for an invalid scenario")
	s = Default()
	s.Tranches[0].Multiple = d("0.1000000000000000000000000000001")
	assert.Equal(t, ErrNotNumber, s.Validate()[0].Code, "more than 30 decimals cannot go through a URL")
}
