package model

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// pct4 rounds a fraction to a percentage with 4 decimals, half away from zero.
func pct4(f decimal.Decimal) string { return Fixed(f.Shift(2), 4) }

func holder(t *testing.T, o Outcome, id string) HolderOutcome {
	t.Helper()
	for _, h := range o.Holders {
		if h.ID == id {
			return h
		}
	}
	t.Fatalf("no holder %s", id)
	return HolderOutcome{}
}

func partner(t *testing.T, o Outcome, id string) PartnerOutcome {
	t.Helper()
	for _, p := range o.Partners {
		if p.ID == id {
			return p
		}
	}
	t.Fatalf("no partner %s", id)
	return PartnerOutcome{}
}

// The reference cases: the default scenario in the three closing views
// (post-money, raised, dilution and every stake, to 4 decimals of a percent).
func TestReferenceCases(t *testing.T) {
	r, errs := Compute(Default())
	require.Empty(t, errs)
	cases := []struct {
		view                   View
		post, raised, dilution string
		msft, sftb, nvda, amzn string
		fdn, others            string
	}{
		{ViewAll, "840", "110", "13.0952", "23.4643", "13.1310", "3.5714", "5.9524", "22.5952", "31.2857"},
		{ViewFirm, "805", "75", "9.3168", "24.4845", "13.7019", "3.7267", "1.8634", "23.5776", "32.6460"},
		{ViewExpected, "822.5", "92.5", "11.2060", "23.9744", "13.4164", "3.6491", "3.9079", "23.0864", "31.9658"},
	}
	for _, c := range cases {
		t.Run(string(c.view), func(t *testing.T) {
			o := r.View(c.view)
			assert.True(t, o.PostMoney.Equal(d(c.post)), "post %s", o.PostMoney)
			assert.True(t, o.Raised.Equal(d(c.raised)), "raised %s", o.Raised)
			assert.Equal(t, c.dilution, pct4(o.Dilution))
			for id, want := range map[string]string{Microsoft: c.msft, SoftBank: c.sftb, Nvidia: c.nvda,
				Amazon: c.amzn, Foundation: c.fdn, Others: c.others} {
				assert.Equal(t, want, pct4(holder(t, o, id).After), id)
			}
			sum := decimal.Zero
			for _, h := range o.Holders {
				sum = sum.Add(h.After)
			}
			assert.True(t, sum.Sub(decimal.NewFromInt(1)).Abs().LessThan(d("1e-12")), "sum %s", sum)
			shown := decimal.Zero
			for _, p := range DisplayStakes(stakes(o), 2) {
				shown = shown.Add(p)
			}
			assert.Equal(t, "100.00", shown.StringFixed(2))
		})
	}
}

func stakes(o Outcome) []decimal.Decimal {
	out := make([]decimal.Decimal, len(o.Holders))
	for i, h := range o.Holders {
		out[i] = h.After
	}
	return out
}

func TestHolderOrderAndBefore(t *testing.T) {
	r, _ := Compute(Default())
	var ids []string
	for _, h := range r.All.Holders {
		ids = append(ids, h.ID)
	}
	assert.Equal(t, []string{Microsoft, Foundation, SoftBank, Nvidia, Amazon, Others}, ids)
	assert.True(t, holder(t, r.All, Nvidia).Before.IsZero())
	assert.True(t, holder(t, r.All, Others).Before.Equal(d("0.36")))
	var pids []string
	for _, p := range r.All.Partners {
		pids = append(pids, p.ID)
	}
	assert.Equal(t, PartnerIDs(), pids)
}

// Partner figures of the reference cases with the defaults, all close, and
// the expected view's averages (Amazon's equity, the upside to the IPO).
func TestReferencePartners(t *testing.T) {
	r, _ := Compute(Default())
	cases := []struct {
		id                string
		equity, gain, net string
	}{
		{Microsoft, "197.1", "183.3", "236.2"},
		{SoftBank, "110.3", "45.7", "-64.6"},
		{Nvidia, "30", "0", "145"},
		{Amazon, "50", "0", "88"},
	}
	for _, c := range cases {
		p := partner(t, r.All, c.id)
		assert.True(t, p.EquityRound.Equal(d(c.equity)), "%s equity %s", c.id, p.EquityRound)
		assert.True(t, p.PaperGain.Equal(d(c.gain)), "%s gain %s", c.id, p.PaperGain)
		assert.True(t, p.NetFlow.Equal(d(c.net)), "%s net %s", c.id, p.NetFlow)
		// Default collapse: all equity lost, half of the commitments unpaid.
		assert.True(t, p.CollapseLoss.Equal(p.EquityRound.Add(p.Commitments.Mul(d("0.5")))), c.id)
		assert.True(t, p.EquityStress.IsZero(), c.id)
	}
	amzn := partner(t, r.Expected, Amazon)
	assert.True(t, amzn.EquityRound.Equal(d("32.5")), "amazon expected equity %s", amzn.EquityRound)
	assert.True(t, amzn.CostBasis.Equal(d("32.5")), "amazon expected cost %s", amzn.CostBasis)
	assert.Equal(t, "21.6356", pct4(r.Expected.UpsideIPO))
	assert.Equal(t, "19.0476", pct4(r.All.UpsideIPO)) // 1000/840 − 1
	assert.True(t, r.All.TotalRaised.Equal(d("170")))
	assert.True(t, r.All.MultiplePrev.Equal(d("2.8")))
	assert.Equal(t, "933.33", Fixed(r.All.PerWeeklyUser, 2))
	assert.Equal(t, "14237.29", Fixed(r.All.PerSubscriber, 2))
	msft := partner(t, r.All, Microsoft)
	assert.Equal(t, "0.1074", Fixed(msft.CollapseShare, 4)) // (197.1 + 125) / 3000
}
