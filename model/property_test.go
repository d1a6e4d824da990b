package model

import (
	"math/rand/v2"
	"net/url"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// propertyCount is the number of random scenarios of the property tests:
// 10,000, fewer with -short.
func propertyCount() int {
	if testing.Short() {
		return 1000
	}
	return 10000
}

// combinations returns each holder row's smallest and largest stake over
// the closing combinations of the conditional tranches (0 < q < 1).
func combinations(s Scenario) (lo, hi []decimal.Decimal) {
	p := prepare(s)
	var cond []int
	probs := make([]decimal.Decimal, len(s.Tranches))
	for i, t := range s.Tranches {
		probs[i] = t.Prob
		if t.Prob.Sign() > 0 && !t.Firm() {
			cond = append(cond, i)
		}
	}
	for mask := 0; mask < 1<<len(cond); mask++ {
		for j, i := range cond {
			probs[i] = decimal.NewFromInt(int64(mask >> j & 1))
		}
		o := p.view(probs)
		for r, h := range o.Holders {
			if mask == 0 {
				lo, hi = append(lo, h.After), append(hi, h.After)
			}
			lo[r], hi[r] = decimal.Min(lo[r], h.After), decimal.Max(hi[r], h.After)
		}
	}
	return lo, hi
}

func TestPropertiesRandomScenarios(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	one := decimal.NewFromInt(1)
	tol := d("1e-12")
	tiny := d("1e-20") // rounding of 1/P at 30 decimals
	for n := range propertyCount() {
		maxCond := MaxConditional
		if n%10 != 0 {
			maxCond = 5 // keep the enumeration below cheap for most scenarios
		}
		s := randomScenario(r, maxCond)
		require.Empty(t, s.Validate(), "scenario %d", n)
		res, errs := Compute(s)
		require.Empty(t, errs, "scenario %d", n)
		for _, v := range []View{ViewFirm, ViewAll, ViewExpected} {
			o := res.View(v)
			sum := decimal.Zero
			for _, h := range o.Holders {
				sum = sum.Add(h.After)
				require.False(t, h.After.IsNegative(), "scenario %d %s %s", n, v, h.ID)
			}
			require.True(t, sum.Sub(one).Abs().LessThanOrEqual(tol), "scenario %d %s: stakes sum to %s", n, v, sum)
			shown := decimal.Zero
			for _, p := range DisplayStakes(stakes(o), 2) {
				shown = shown.Add(p)
			}
			require.Equal(t, "100.00", shown.StringFixed(2), "scenario %d %s", n, v)
			require.False(t, o.Dilution.IsNegative(), "scenario %d %s dilution %s", n, v, o.Dilution)
			require.True(t, o.Dilution.LessThan(one), "scenario %d %s dilution %s", n, v, o.Dilution)
		}
		// The expected stake lies between the combinations' extremes; a
		// holder with no conditional tranche between all close and firm only.
		lo, hi := combinations(s)
		condHolder := map[string]bool{}
		for _, t := range s.Tranches {
			if !t.Firm() {
				condHolder[t.Investor] = true
			}
		}
		for i, h := range res.Expected.Holders {
			require.True(t, h.After.GreaterThanOrEqual(lo[i].Sub(tiny)) && h.After.LessThanOrEqual(hi[i].Add(tiny)),
				"scenario %d %s: expected %s not in [%s, %s]", n, h.ID, h.After, lo[i], hi[i])
			if !condHolder[h.ID] {
				a, f := res.All.Holders[i].After, res.Firm.Holders[i].After
				require.True(t, h.After.GreaterThanOrEqual(a.Sub(tiny)) && h.After.LessThanOrEqual(f.Add(tiny)),
					"scenario %d %s: expected %s not in [all %s, firm %s]", n, h.ID, h.After, a, f)
			}
		}
	}
}

// parse(encode(s)) == s, for the URL (through its string form) and the file.
func TestRoundTripsRandomScenarios(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	var base Scenario
	for n := range propertyCount() {
		if n%50 == 0 {
			base = randomScenario(r, MaxConditional) // the file replaces whatever was there
		}
		s := randomScenario(r, MaxConditional)
		q, err := url.ParseQuery(s.Query().Encode())
		require.NoError(t, err)
		got, errs := ParseQuery(Default(), q)
		require.Empty(t, errs, "scenario %d: %s", n, s.Query().Encode())
		require.Empty(t, sameScenario(s, got), "scenario %d: %s", n, s.Query().Encode())

		data, err := s.MarshalJSON()
		require.NoError(t, err)
		got, errs = ParseJSON(base, data)
		require.Empty(t, errs, "scenario %d: %s", n, data)
		require.Empty(t, sameScenario(s, got), "scenario %d: %s", n, data)
	}
}

// SetMix keeps the channels in range and summing to exactly 1.
func TestSetMixRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	one := decimal.NewFromInt(1)
	for n := range propertyCount() {
		s := randomScenario(r, 3)
		id := ChannelIDs()[r.IntN(5)]
		share := pctDec(r, "0", "100", []int{0, 2, 6, 14}[r.IntN(4)])
		before := s.clone()
		got := s.SetMix(id, share)
		sum := decimal.Zero
		for _, c := range got.Mix {
			sum = sum.Add(c.Share)
			require.False(t, c.Share.IsNegative(), "scenario %d", n)
			if c.ID == id {
				require.True(t, c.Share.Equal(share), "scenario %d", n)
			}
		}
		require.True(t, sum.Equal(one), "scenario %d: sum %s", n, sum)
		require.Empty(t, got.Validate(), "scenario %d", n)
		require.Empty(t, sameScenario(before, s), "SetMix must not change its receiver")
	}
}
