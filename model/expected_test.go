package model

import (
	"slices"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// outcomeFigures names every figure of an outcome: the view's own, each
// holder's and each partner's, and the yearly flows.
func outcomeFigures(o Outcome) map[string]decimal.Decimal {
	f := map[string]decimal.Decimal{
		"post": o.PostMoney, "raised": o.Raised, "dilution": o.Dilution,
		"total-raised": o.TotalRaised, "multiple-prev": o.MultiplePrev, "upside-ipo": o.UpsideIPO,
		"per-weekly-user": o.PerWeeklyUser, "per-subscriber": o.PerSubscriber,
	}
	for _, h := range o.Holders {
		f["before."+h.ID], f["after."+h.ID], f["change."+h.ID], f["value."+h.ID] = h.Before, h.After, h.Change, h.Value
	}
	for _, p := range o.Partners {
		for k, v := range map[string]decimal.Decimal{
			"stake": p.Stake, "equity-round": p.EquityRound, "equity-ipo": p.EquityIPO, "equity-stress": p.EquityStress,
			"cost-basis": p.CostBasis, "paper-gain": p.PaperGain, "compute": p.Compute, "commitments": p.Commitments,
			"net-flow": p.NetFlow, "collapse-equity": p.CollapseEquity, "collapse-unpaid": p.CollapseUnpaid,
			"collapse-loss": p.CollapseLoss, "collapse-share": p.CollapseShare,
		} {
			f[k+"."+p.ID] = v
		}
	}
	for k, v := range yearFlows(o.Time) {
		f["time."+k] = v
	}
	return f
}

// combination is one way the conditional tranches can close, as a scenario
// of its own, and its probability.
type combination struct {
	s      Scenario
	weight decimal.Decimal
}

// closingCombinations enumerates the 2^k closing combinations of the k
// conditional tranches (0 < q < 1) of s, each as a scenario in which the
// tranches that close are firm (q = 1) and every other one, a tranche at
// q = 0 included, raises nothing (amount 0), with the product of q (closes)
// or 1 − q (does not) as its weight.
//
// A tranche that does not close keeps its place with amount 0 rather than
// being removed: a scenario without one of the article's tranches is
// invalid (Validate checks the shape), and removing an added tranche would
// drop its investor's row. With amount 0 it issues no shares (amount / m),
// raises nothing and adds nothing to its investor's cost basis: in Compute
// that is a tranche that does not close. The test also checks it against
// the other encoding, the amount kept at q = 0 in the firm-only view.
func closingCombinations(s Scenario) (all, firm []combination) {
	one := decimal.NewFromInt(1)
	var cond []int
	for i, t := range s.Tranches {
		if t.Prob.Sign() > 0 && t.Prob.LessThan(one) {
			cond = append(cond, i)
		}
	}
	for mask := range 1 << len(cond) {
		a, f := s, s
		a.Tranches, f.Tranches = slices.Clone(s.Tranches), slices.Clone(s.Tranches)
		w := one
		for i, t := range s.Tranches {
			j := slices.Index(cond, i)
			switch {
			case j >= 0 && mask>>j&1 == 1: // closes
				w = w.Mul(t.Prob)
				a.Tranches[i].Prob, f.Tranches[i].Prob = one, one
			case j >= 0: // does not close
				w = w.Mul(one.Sub(t.Prob))
				fallthrough
			case t.Prob.Sign() == 0: // never closes
				a.Tranches[i].Prob, a.Tranches[i].Amount = one, decimal.Zero
				f.Tranches[i].Prob = decimal.Zero
			}
		}
		all, firm = append(all, combination{a, w}), append(firm, combination{f, w})
	}
	return all, firm
}

// The expected view, by brute force: each closing combination computed as a
// scenario of its own through the public Compute (its all-close view), every
// figure weighted by the combination's probability and summed. Nothing of
// Compute's own regrouping (the closed forms, E[1/P]) is used, so this
// checks it. The model divides with 30 decimals: 1e-20 is far above its
// rounding and far below any real difference.
func TestExpectedBruteForce(t *testing.T) {
	one := decimal.NewFromInt(1)
	tol := d("1e-20")
	with := func(s Scenario, change func(s *Scenario)) Scenario {
		s.Tranches = slices.Clone(s.Tranches)
		change(&s)
		return s
	}
	tranche := func(s *Scenario, id, q, m string) {
		for i := range s.Tranches {
			if s.Tranches[i].ID == id {
				s.Tranches[i].Prob, s.Tranches[i].Multiple = d(q), d(m)
				return
			}
		}
		t.Fatalf("no tranche %s", id)
	}
	cases := []struct {
		name string
		s    Scenario
		k    int // conditional tranches
	}{
		{"defaults: Amazon's 35 at 50 %", Default(), 1},
		{"three conditional tranches, other multiples, a partial haircut", with(Default(), func(s *Scenario) {
			tranche(s, TrancheAmazon2, "0.3", "1.5")
			tranche(s, TrancheSoftBank, "0.8", "0.8")
			tranche(s, TrancheNvidia, "0.25", "2")
			s.Haircut, s.IPO = d("0.4"), d("1500")
		}), 3},
		{"added tranches: one conditional, one at q 0", with(Default(), func(s *Scenario) {
			tranche(s, TrancheAmazon2, "0.9", "0.5")
			s.Tranches = append(s.Tranches,
				Tranche{ID: "x1", Investor: "x1", Name: "Oracle", Amount: d("20"), Prob: d("0.6"), Multiple: d("1.25"), Year: d("2029")},
				Tranche{ID: "x2", Investor: "x2", Name: "Mubadala", Amount: d("10"), Prob: d("0"), Multiple: d("1"), Year: d("2026")})
		}), 2},
		{"all firm: one combination", with(Default(), func(s *Scenario) { tranche(s, TrancheAmazon2, "1", "1") }), 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			require.Empty(t, c.s.Validate())
			res, errs := Compute(c.s)
			require.Empty(t, errs)

			all, firm := closingCombinations(c.s)
			require.Len(t, all, 1<<c.k)
			want := map[string]decimal.Decimal{}
			var ids []string // the holder rows, in order
			total := decimal.Zero
			for n, comb := range all {
				require.Empty(t, comb.s.Validate(), "combination %d", n)
				r, errs := Compute(comb.s)
				require.Empty(t, errs, "combination %d", n)
				// The other encoding of "does not close" gives the same figures.
				rf, _ := Compute(firm[n].s)
				figs, firmFigs := outcomeFigures(r.All), outcomeFigures(rf.Firm)
				require.Len(t, firmFigs, len(figs), "combination %d", n)
				for k, v := range figs {
					require.True(t, v.Equal(firmFigs[k]), "combination %d %s: amount 0 gives %s, q 0 gives %s", n, k, v, firmFigs[k])
					want[k] = want[k].Add(comb.weight.Mul(v))
				}
				if n == 0 {
					for _, h := range r.All.Holders {
						ids = append(ids, h.ID)
					}
				}
				total = total.Add(comb.weight)
			}
			require.True(t, total.Equal(one), "the weights sum to %s", total)

			got := outcomeFigures(res.Expected)
			require.Len(t, got, len(want))
			for k, w := range want {
				g, ok := got[k]
				if assert.True(t, ok, "no %s in the expected view", k) {
					assert.True(t, g.Sub(w).Abs().LessThanOrEqual(tol), "%s: Compute %s, brute force %s", k, g, w)
				}
			}
			for i, h := range res.Expected.Holders {
				assert.Equal(t, ids[i], h.ID, "row %d", i)
			}

			// The case can tell an average of ratios from a ratio of
			// averages: with a conditional tranche, the stake at the
			// expected post-money (E[value] / E[P]) and the equity of the
			// expected stake (E[stake] × E[P]) are not the expected figures.
			if c.k == 0 {
				for k, v := range outcomeFigures(res.All) {
					assert.True(t, v.Equal(got[k]), "no conditional tranche: the expected %s is all close's %s, not %s", k, v, got[k])
				}
				return
			}
			apart := d("1e-6")
			ratioOfMeans, productOfMeans := false, false
			for _, id := range ids {
				atMean := want["value."+id].DivRound(want["post"], prec)
				ratioOfMeans = ratioOfMeans || atMean.Sub(want["after."+id]).Abs().GreaterThan(apart)
				productOfMeans = productOfMeans || want["after."+id].Mul(want["post"]).Sub(want["value."+id]).Abs().GreaterThan(apart)
			}
			assert.True(t, ratioOfMeans, "E[value] / E[P] equals E[stake] for every holder: the case cannot tell them apart")
			assert.True(t, productOfMeans, "E[stake] × E[P] equals E[value] for every holder: the case cannot tell them apart")
		})
	}
}
