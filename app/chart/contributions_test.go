package chart

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/roundcalc/roundcalc/app/text"
	"github.com/roundcalc/roundcalc/model"
)

// checkContributions checks who-puts-in-what: each investor's bars are
// proportional to its money on one scale, the conditional part starts where
// the firm part ends and is drawn apart (light, dashed), and the amounts
// are the scenario's.
func checkContributions(t testing.TB, svg string, s model.Scenario) {
	t.Helper()
	root, _ := checkChartSVG(t, svg)
	checkProportional(t, root, "firm", "conditional")
	want := map[string][2]decimal.Decimal{}
	for _, tr := range s.Tranches {
		v := want[tr.Investor]
		if tr.Firm() {
			v[0] = v[0].Add(tr.Amount)
		} else {
			v[1] = v[1].Add(tr.Amount)
		}
		want[tr.Investor] = v
	}
	groups := 0
	for _, g := range root.all("g") {
		id, ok := g.attr["data-investor"]
		if !ok {
			continue
		}
		groups++
		var firm, cond *chartNode
		for _, r := range g.all("rect") {
			switch {
			case r.hasClass("firm"):
				firm = r
			case r.hasClass("conditional"):
				cond = r
			}
		}
		w := want[id]
		value := func(n *chartNode) decimal.Decimal {
			if n == nil {
				return decimal.Zero
			}
			return decimal.RequireFromString(n.attr["data-value"])
		}
		assert.True(t, value(firm).Round(10).Equal(w[0].Round(10)), "%s firm %v, want %v", id, value(firm), w[0])
		assert.True(t, value(cond).Round(10).Equal(w[1].Round(10)), "%s conditional %v, want %v", id, value(cond), w[1])
		if cond != nil {
			assert.Equal(t, chartLight, cond.attr["fill-opacity"], "conditional money is light")
			assert.NotEmpty(t, cond.attr["stroke-dasharray"], "conditional money is dashed")
			if firm != nil {
				assert.Empty(t, firm.attr["fill-opacity"], "firm money is solid")
				assert.InDelta(t, firm.num(t, "x")+firm.num(t, "width"), cond.num(t, "x"), 0.02, "conditional after firm")
			}
		}
	}
	assert.Equal(t, len(want), groups, "one line per investor")
}

func TestContributionsArticle(t *testing.T) {
	s := model.Default()
	for _, lang := range []string{"fr", "en"} {
		d := contributionsChart(lang, text.For(lang), s)
		require.Equal(t, "contributions", d.ID)
		for _, svg := range []string{d.SVG, d.Narrow} {
			checkContributions(t, svg, s)
		}
		require.Len(t, d.Table, 4, "header, SoftBank, Nvidia, Amazon")
		require.Equal(t, []string{"Amazon", text.Money(lang, decimal.NewFromInt(15)),
			fmt.Sprintf(text.For(lang).Chart.ContribCondItem, text.Money(lang, decimal.NewFromInt(35)), text.Percent(lang, decimal.NewFromInt(50), 0)),
			text.Money(lang, decimal.NewFromInt(50))}, d.Table[3])
		parseChartSVG(t, d.Standalone())
	}
	// Amazon's 30 and SoftBank's 30: equal money, equal bars.
	root := parseChartSVG(t, contributionsChart("fr", text.For("fr"), s).Narrow)
	widths := map[string]float64{}
	for _, r := range root.all("rect") {
		if r.hasClass("bar") {
			widths[r.ancestor("data-investor").attr["data-investor"]+" "+r.attr["class"][4:8]] = r.num(t, "width")
		}
	}
	assert.InDelta(t, widths["sftb firm"], widths["nvda firm"], 0.01)
	assert.InDelta(t, widths["sftb firm"]*35/30, widths["amzn cond"], 0.02)
	assert.InDelta(t, widths["sftb firm"]*15/30, widths["amzn firm"], 0.02)
	// The narrow layout's text is at least 11 px once drawn 343 px wide (a
	// 375 px phone): 13 × 343 / 360.
	assert.GreaterOrEqual(t, 13.0*343/360, 11.0)
}

func TestContributionsRandomScenarios(t *testing.T) {
	rng := rand.New(rand.NewPCG(2026, 12))
	for i := 0; i < 200; i++ {
		s := chartRandomScenario(rng)
		lang := []string{"fr", "en"}[i%2]
		t.Run(strconv.Itoa(i)+"-"+lang, func(t *testing.T) {
			d := contributionsChart(lang, text.For(lang), s)
			for _, svg := range []string{d.SVG, d.Narrow} {
				checkContributions(t, svg, s)
			}
			for _, row := range d.Table {
				require.Len(t, row, len(d.Table[0]))
			}
		})
	}
}
