package chart

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/roundcalc/roundcalc/model"
)

// checkSpark checks a sensitivity line: well-formed, texts inside and
// apart, a line of 24 points inside the plot, a marker at the current
// value.
func checkSpark(t testing.TB, svg, param string) {
	t.Helper()
	root, view := checkChartSVG(t, svg)
	assert.Equal(t, param, root.attr["data-param"])
	lines := root.all("polyline")
	require.NotEmpty(t, lines)
	points := 0
	for _, l := range lines {
		for _, p := range strings.Fields(l.attr["points"]) {
			var x, y float64
			_, err := fmt.Sscanf(p, "%g,%g", &x, &y)
			require.NoError(t, err)
			assert.True(t, chartBox{x, y, x, y}.inside(view), "point %s", p)
			points++
		}
	}
	assert.LessOrEqual(t, points, chartSparkPoints)
	assert.Len(t, root.all("circle"), 1, "a marker at the current value")
}

func TestChartSensitivityDefaults(t *testing.T) {
	s := model.Default()
	for _, lang := range []string{"fr", "en"} {
		for _, view := range chartViews {
			lines := sensitivityLines(lang, s, view)
			for _, p := range SensitivityParams(s) {
				require.Contains(t, lines, p)
				checkSpark(t, lines[p], p)
			}
		}
	}
	for _, p := range []string{"t.sftb", "s.msft", "m.amzn2", "rev", "mix.api", "q.nope", "foo"} {
		if p == "q.nope" {
			continue // a q. of an unknown tranche draws the scenario unchanged: covered below
		}
		assert.Empty(t, sensitivityLine("en", s, model.ViewAll, p), p)
	}
	// pre → post-money across the slider's track (100 to 2,000): 100 + 110
	// = 210 at the left end, 2,110 at the right, marker at 840.
	svg := sensitivityLine("en", s, model.ViewAll, "pre")
	assert.Contains(t, svg, "from $210B to $2,110B")
	assert.Contains(t, svg, `class="now">$840B<`)
	assert.Contains(t, svg, `class="hi">$2,110B<`)
	// q.amzn2 → expected post-money from 805 to 840, now 822.5.
	svg = sensitivityLine("fr", s, model.ViewAll, "q.amzn2")
	assert.Contains(t, svg, "de 805\u00a0Md$ à 840\u00a0Md$")
	assert.Contains(t, svg, "class=\"now\">822,5\u00a0Md$<")
	// haircut → the four partners' loss: at h = 0 only unpaid commitments
	// (50 % of 250 + 138 + 175 = 281.5); now, at h = 100 %, 281.5 + 197.1 +
	// 50 + 30 + 110.3.
	svg = sensitivityLine("en", s, model.ViewAll, "haircut")
	assert.Contains(t, svg, "from $281.5B to $668.9B")
	assert.Contains(t, svg, `class="lo">$281.5B<`)
	assert.Contains(t, svg, `class="now">$668.9B<`)
}

// The two-Compute shortcut gives exactly what a Compute at each of the 24
// points gives, for every slider and many scenarios.
func TestChartSensitivityAffineShortcut(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	scenarios := []model.Scenario{model.Default(), chartManyConditional()}
	for range 24 {
		scenarios = append(scenarios, chartRandomScenario(rng))
	}
	for i, s := range scenarios {
		view := chartViews[i%3]
		for _, p := range SensitivityParams(s) {
			sp, ok := chartSensSpec(p, view)
			require.True(t, ok)
			xs, fast, okF, curF, curOKF := chartSensSamples(s, sp, true)
			_, slow, okS, curS, curOKS := chartSensSamples(s, sp, false)
			require.Len(t, xs, chartSparkPoints)
			require.Equal(t, curOKS, curOKF)
			tol := decimal.New(1, -9)
			if okF[0] && okF[len(okF)-1] && okS[0] && okS[len(okS)-1] {
				for k := range xs {
					require.True(t, okS[k])
					require.True(t, fast[k].Sub(slow[k]).Abs().LessThanOrEqual(tol),
						"scenario %d %s at %s: %s vs %s", i, p, xs[k], fast[k], slow[k])
				}
				require.True(t, curF.Sub(curS).Abs().LessThanOrEqual(tol), "%s now", p)
			}
			// The drawn points (floats, for pixels) agree with the sampled ones.
			r, _ := model.Compute(s)
			ln := chartSensCompute(s, r, sp)
			if curOKS {
				assert.True(t, ln.cur.Equal(curS), "%s: the marker shows the page's figure exactly", p)
			}
			for k := range ln.y {
				if ln.ok[k] && okS[k] {
					want := slow[k].InexactFloat64()
					assert.InDelta(t, want, ln.y[k], 1e-6*(1+math.Abs(want)), "%s point %d", p, k)
					wantT := xs[k].Sub(sp.lo).InexactFloat64() / sp.hi.Sub(sp.lo).InexactFloat64()
					assert.InDelta(t, wantT, ln.t[k], 1e-7)
				}
			}
			if svg := sensitivityLine("fr", s, view, p); svg != "" {
				checkSpark(t, svg, p)
			}
		}
	}
}

// With 10 conditional tranches a firm tranche's probability cannot move
// (an 11th conditional tranche is invalid): no line.
func TestChartSensitivityFrozenSlider(t *testing.T) {
	s := chartManyConditional()
	_, errs := model.Compute(s)
	require.Empty(t, errs)
	assert.Empty(t, sensitivityLine("en", s, model.ViewAll, "q.sftb"))
	checkSpark(t, sensitivityLine("en", s, model.ViewAll, "q.amzn2"), "q.amzn2")
}

// chartManyConditional is the default scenario plus 9 conditional added
// tranches: 10 conditional tranches, the most allowed (1,024 closing
// combinations).
func chartManyConditional() model.Scenario {
	s := model.Default()
	for i := 1; i <= 9; i++ {
		id := fmt.Sprintf("x%d", i)
		s.Tranches = append(s.Tranches, model.Tranche{ID: id, Investor: id, Name: "Fund " + id,
			Amount: decimal.NewFromInt(int64(5 * i)), Prob: decimal.RequireFromString("0.3"), Multiple: decimal.NewFromInt(1),
			Year: decimal.NewFromInt(model.FirstYear)})
	}
	return s
}

// BenchmarkSensitivity measures the sensitivity lines as the page draws
// them after an input change: all lines of a scenario (all-lines), one line
// (one-line, the largest piece of work between two yields of
// drawSensitivityLines), and, for comparison, one line sampled with a
// model.Compute at each of its 24 points (sampled24: what the two-Compute
// shortcut for affine figures saves).
func BenchmarkSensitivity(b *testing.B) {
	for _, c := range []struct {
		name string
		s    model.Scenario
	}{{"defaults", model.Default()}, {"10conditional", chartManyConditional()}} {
		b.Run(c.name+"/all-lines", func(b *testing.B) {
			for b.Loop() {
				sensitivityLines("fr", c.s, model.ViewExpected)
			}
		})
		b.Run(c.name+"/one-line", func(b *testing.B) {
			for b.Loop() {
				sensitivityLine("fr", c.s, model.ViewExpected, "pre")
			}
		})
		b.Run(c.name+"/sampled24", func(b *testing.B) {
			sp, _ := chartSensSpec("pre", model.ViewExpected)
			for b.Loop() {
				chartSensSamples(c.s, sp, false)
			}
		})
	}
}
