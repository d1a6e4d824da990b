package model

import (
	"math/rand/v2"
	"os"
	"strconv"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// cents rounds a figure to the cent, half away from zero, as the page does.
func cents(v decimal.Decimal) string { return v.Round(2).String() }

// The article's scenario in the all-close view, to the cent.
func TestTimelineDefaults(t *testing.T) {
	res, errs := Compute(Default())
	require.Empty(t, errs)
	tl := res.All.Time
	partner := func(id string) PartnerYears {
		for _, p := range tl.Partners {
			if p.ID == id {
				return p
			}
		}
		t.Fatalf("no partner %s", id)
		return PartnerYears{}
	}
	amzn, msft, sftb, nvda := partner(Amazon), partner(Microsoft), partner(SoftBank), partner(Nvidia)
	for _, c := range []struct {
		name string
		got  decimal.Decimal
		want string
	}{
		{"amzn in 2026", amzn.In[0], "15"},
		{"amzn in 2027", amzn.In[1], "35"},
		{"amzn in 2028", amzn.In[2], "0"},
		{"amzn out 2026", amzn.Out[0], "17.25"},
		{"amzn out 2033", amzn.Out[7], "17.25"},
		{"amzn out 2034", amzn.Out[8], "0"},
		{"amzn cum 2026", amzn.Cum[0], "2.25"},
		{"amzn cum 2027", amzn.Cum[1], "-15.5"},
		{"amzn cum 2028", amzn.Cum[2], "1.75"},
		{"amzn cum 2029", amzn.Cum[3], "19"},
		{"amzn cum 2033", amzn.Cum[7], "88"},
		{"amzn cum 2035", amzn.Cum[9], "88"},
		{"msft out 2026", msft.Out[0], "35.71"},
		{"msft out 2032", msft.Out[6], "35.71"},
		{"msft out 2033", msft.Out[7], "0"},
		{"msft cum 2026", msft.Cum[0], "21.91"},
		{"msft cum 2035", msft.Cum[9], "236.2"},
		{"nvda out 2026", nvda.Out[0], "35"},
		{"nvda cum 2026", nvda.Cum[0], "5"},
		{"sftb cum 2026", sftb.Cum[0], "-64.6"},
		{"sftb cum 2035", sftb.Cum[9], "-64.6"},
		{"revenue 2026", tl.Revenue[0], "30"},
		{"revenue 2027", tl.Revenue[1], "45"},
		{"revenue 2030", tl.Revenue[4], "151.88"},
		{"kept 2026", tl.Kept[0], "24"},
		{"owed 2026", tl.Owed[0], "87.96"},
		{"owed 2027", tl.Owed[1], "152.44"},
		{"owed 2030", tl.Owed[4], "152.44"},
		{"owed other 2027", tl.OwedOther[1], "64.48"},
		{"owed other 2026", tl.OwedOther[0], "0"},
		{"raised 2026", tl.Raised[0], "75"},
		{"raised 2027", tl.Raised[1], "35"},
		{"cash 2026", tl.Cash[0], "11.04"},
		{"cash 2027", tl.Cash[1], "-70.41"},
		{"peak need", tl.PeakNeed, "271.24"},
	} {
		assert.Equal(t, c.want, cents(c.got), c.name)
	}
	for _, c := range []struct {
		name      string
		got, want int
	}{
		{"amzn payback", amzn.Payback, 2028},
		{"msft payback", msft.Payback, 2026},
		{"nvda payback", nvda.Payback, 2026},
		{"sftb payback (never)", sftb.Payback, 0},
		{"short year", tl.ShortYear, 2027},
		{"peak year", tl.PeakYear, 2030},
		{"cover year", tl.CoverYear, 2031},
	} {
		assert.Equal(t, c.want, c.got, c.name)
	}
	// Cash never short, revenue never covering: the "never"s.
	s := Default()
	s.Growth, s.Other = d("2"), decimal.Zero
	res, _ = Compute(s)
	assert.Equal(t, 0, res.All.Time.ShortYear)
	assert.True(t, res.All.Time.PeakNeed.IsZero())
	assert.Equal(t, 0, res.All.Time.PeakYear)
	s.Growth, s.Revenue = decimal.Zero, decimal.Zero
	s.Partners[0].Years = d("10") // something owed every year
	res, _ = Compute(s)
	assert.Equal(t, 0, res.All.Time.CoverYear)
	// Firm only: Amazon's 35 is not paid, so Amazon is back from 2026.
	res, _ = Compute(Default())
	assert.Equal(t, "0", cents(res.Firm.Time.Partners[1].In[1]))
	assert.Equal(t, 2026, res.Firm.Time.Partners[1].Payback)
	assert.Equal(t, "17.5", cents(res.Expected.Time.Partners[1].In[1]), "the expected view weighs 35 by 50 %")
}

// checkTimeline asserts the identities every view of every valid scenario
// keeps: the years add up to the round's figures.
func checkTimeline(t *testing.T, s Scenario, o Outcome, label string) {
	t.Helper()
	tl := o.Time
	raised := decimal.Zero
	for _, v := range tl.Raised {
		raised = raised.Add(v)
	}
	require.True(t, raised.Equal(o.Raised), "%s: the years raise %s, the round %s", label, raised, o.Raised)
	require.Len(t, tl.Partners, len(o.Partners), label)
	for i, p := range tl.Partners {
		require.Equal(t, o.Partners[i].ID, p.ID, label)
		require.True(t, p.Cum[Span-1].Equal(o.Partners[i].NetFlow),
			"%s: %s's position in %d is %s, its net flow %s", label, p.ID, LastYear, p.Cum[Span-1], o.Partners[i].NetFlow)
		back := decimal.Zero
		for y := range p.Out {
			back = back.Add(p.Out[y])
			if y >= int(s.Partners[i].Years.IntPart()) {
				require.True(t, p.Out[y].IsZero(), "%s: %s paid after its years", label, p.ID)
			}
		}
		require.True(t, back.Equal(o.Partners[i].Commitments), "%s: %s gets back %s of %s", label, p.ID, back, o.Partners[i].Commitments)
		if p.Payback != 0 {
			for y := p.Payback - FirstYear; y < Span; y++ {
				require.False(t, p.Cum[y].IsNegative(), label)
			}
			if p.Payback > FirstYear {
				require.True(t, p.Cum[p.Payback-FirstYear-1].IsNegative(), label)
			}
		} else {
			require.True(t, p.Cum[Span-1].IsNegative(), label)
		}
	}
	other := decimal.Zero
	for _, v := range tl.OwedOther {
		other = other.Add(v)
	}
	require.True(t, other.Equal(s.Other), "%s: other suppliers get %s of %s", label, other, s.Other)
}

// For every view of the article's scenario and of random valid scenarios,
// a partner's position in 2035 is its net flow, exactly.
func TestTimelineNetFlowRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(19, 20))
	n := propertyCount() / 10
	for i := range n + 1 {
		s := Default()
		if i > 0 {
			s = randomScenario(r, 4)
		}
		res, errs := Compute(s)
		require.Empty(t, errs)
		for _, v := range []View{ViewAll, ViewFirm, ViewExpected} {
			checkTimeline(t, s, res.View(v), "scenario "+strconv.Itoa(i)+" "+string(v))
		}
	}
}

// yearFlows names the yearly flows of a timeline: they are linear in which
// tranches close, so the expected view's equal the weighted sum, exactly.
func yearFlows(tl Timeline) map[string]decimal.Decimal {
	f := map[string]decimal.Decimal{}
	for i := range Span {
		y := strconv.Itoa(YearAt(i))
		f["revenue."+y], f["kept."+y], f["owed."+y], f["raised."+y], f["cash."+y] = tl.Revenue[i], tl.Kept[i], tl.Owed[i], tl.Raised[i], tl.Cash[i]
		for _, p := range tl.Partners {
			f["in."+p.ID+"."+y], f["out."+p.ID+"."+y], f["cum."+p.ID+"."+y] = p.In[i], p.Out[i], p.Cum[i]
		}
	}
	return f
}

// The expected view's yearly flows, by brute force over every closing
// combination, each computed as a scenario of its own: equal exactly.
func TestTimelineExpectedBruteForce(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 22))
	cases := []Scenario{Default()}
	for range 40 {
		cases = append(cases, randomScenario(r, 4))
	}
	for n, s := range cases {
		res, errs := Compute(s)
		require.Empty(t, errs)
		all, _ := closingCombinations(s)
		want := map[string]decimal.Decimal{}
		for _, comb := range all {
			rc, errs := Compute(comb.s)
			require.Empty(t, errs)
			for k, v := range yearFlows(rc.All.Time) {
				want[k] = want[k].Add(comb.weight.Mul(v))
			}
		}
		got := yearFlows(res.Expected.Time)
		require.Len(t, got, len(want))
		for k, w := range want {
			require.True(t, got[k].Equal(w), "scenario %d %s: Compute %s, brute force %s", n, k, got[k], w)
		}
	}
}

// A year and a number of years are whole numbers in their range: refused by
// name and range otherwise, from a link and from a field.
func TestWholeParams(t *testing.T) {
	for _, c := range []struct{ field, value, code, lo, hi string }{
		{"y.amzn2", "2027.5", ErrWhole, "2026", "2035"},
		{"y.amzn2", "2040", ErrRange, "2026", "2035"},
		{"y.sftb", "0", ErrRange, "2026", "2035"},
		{"y.x1", "2030.25", ErrWhole, "2026", "2035"},
		{"years.msft", "0", ErrRange, "1", "10"},
		{"years.amzn", "7.5", ErrWhole, "1", "10"},
		{"years.nvda", "11", ErrRange, "1", "10"},
		{"growth", "201", ErrRange, "0", "200"},
		{"other", "5000.5", ErrRange, "0", "5000"},
	} {
		q, _ := ReadQuery("t.x1=5&" + c.field + "=" + c.value)
		s, errs := ParseQuery(Default(), q)
		require.Len(t, errs, 1, c.field)
		assert.Equal(t, Error{Code: c.code, Field: c.field, Value: c.value, Min: c.lo, Max: c.hi}, errs[0], c.field)
		assert.NotEmpty(t, errs[0].Error())
		v, _ := s.Value(c.field)
		def := Default()
		want, ok := def.Value(c.field)
		if !ok {
			want = d("2026") // an added tranche's year
		}
		assert.True(t, v.Equal(want), "%s keeps its value, %s", c.field, v)
		_, e := ParseValue(c.field, c.value)
		require.NotNil(t, e, c.field)
		assert.Equal(t, c.code, e.Code, c.field)
	}
	for field, value := range map[string]string{"y.amzn2": "2035", "y.amzn": "2030.0", "years.msft": "10", "growth": "0", "other": "837"} {
		_, e := ParseValue(field, value)
		assert.Nil(t, e, field)
	}
	s := Default()
	s.Tranches[0].Year = d("2026.5")
	require.NotEmpty(t, s.Validate())
	assert.Equal(t, ErrWhole, s.Validate()[0].Code)
}

// A link and a file made before the years existed give the figures they
// gave then (recorded with that version), with the years' defaults.
func TestBeforeYears(t *testing.T) {
	data, err := os.ReadFile("testdata/scenario-before-years.json")
	require.NoError(t, err)
	fromFile, errs := ParseJSON(Default(), data)
	require.Empty(t, errs)
	q, _ := ReadQuery("pre=900&q.amzn2=30&t.x1=12.5&q.x1=40&m.x1=1.5&name.x1=Mubadala&commit.amzn=150&inv.msft=20&rev=25&share=15")
	fromLink, errs := ParseQuery(Default(), q)
	require.Empty(t, errs)
	assert.Empty(t, sameScenario(fromFile, fromLink))
	// Recorded with the version before the years: post-money, raised,
	// dilution and each partner's net flow, per view.
	recorded := map[View][]string{
		ViewAll:      {"1018.3333333333", "122.5000000000", "0.1162029460", "230.0000000000", "100.0000000000", "145.0000000000", "-64.6000000000"},
		ViewFirm:     {"975.0000000000", "75.0000000000", "0.0769230769", "230.0000000000", "135.0000000000", "145.0000000000", "-64.6000000000"},
		ViewExpected: {"988.8333333333", "90.5000000000", "0.0895848198", "230.0000000000", "124.5000000000", "145.0000000000", "-64.6000000000"},
	}
	res, errs := Compute(fromFile)
	require.Empty(t, errs)
	for v, want := range recorded {
		o := res.View(v)
		got := []string{o.PostMoney.StringFixed(10), o.Raised.StringFixed(10), o.Dilution.StringFixed(10)}
		for _, p := range o.Partners {
			got = append(got, p.NetFlow.StringFixed(10))
		}
		assert.Equal(t, want, got, string(v))
	}
	def := Default()
	for _, name := range []string{"y.sftb", "y.amzn2", "years.msft", "years.amzn", "growth", "other"} {
		a, _ := fromFile.Value(name)
		b, _ := def.Value(name)
		assert.True(t, a.Equal(b), name)
	}
	y, ok := fromFile.Value("y.x1")
	require.True(t, ok)
	assert.Equal(t, "2026", y.String(), "an added tranche is paid in the first year")
	_, has := fromFile.Query()["y.x1"]
	assert.False(t, has, "the added tranche's default year stays out of the link")
}
