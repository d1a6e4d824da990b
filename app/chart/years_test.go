package chart

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/roundcalc/roundcalc/app/text"
	"github.com/roundcalc/roundcalc/model"
)

// checkYearCharts draws the pay and partners' pictures of s and checks
// them: inside the view box, no overlapping text, text at 11 px or more
// once the narrow layout is shown 320 px wide, the bars as tall as their
// values on one scale, a table row per year.
func checkYearCharts(t *testing.T, lang string, s model.Scenario, view model.View) (pay, years Data) {
	t.Helper()
	r := chartCompute(t, s)
	tr := text.For(lang)
	pay, years = payChart(lang, tr, s, r, view), timeChart(lang, tr, s, r, view)
	for _, c := range []Data{pay, years} {
		require.NotEmpty(t, c.Title)
		require.NotEmpty(t, c.Desc)
		require.True(t, strings.HasSuffix(c.File, ".svg"))
		for _, row := range c.Table {
			require.Len(t, row, len(c.Table[0]))
		}
		for n, svg := range []string{c.SVG, c.Narrow} {
			root, _ := checkChartSVG(t, svg)
			for _, tx := range root.all("text") {
				fs := root.num(t, "font-size")
				if v, ok := tx.attr["font-size"]; ok && v != "" {
					fs = tx.num(t, "font-size")
				}
				shown := fs * 296 / 320 // the narrow box (320) in a phone's column at 320 px
				if n == 0 {
					shown = fs // the wide layout shows from 34rem up
				}
				require.GreaterOrEqual(t, shown, 11.0, "%s: text %q at %.1f px", c.ID, tx.text, shown)
			}
		}
		parseChartSVG(t, c.Standalone())
	}
	require.Len(t, pay.Table, model.Span+1)
	require.Len(t, years.Table, 4*model.Span+1)
	return pay, years
}

func TestYearChartsDefaults(t *testing.T) {
	for _, lang := range []string{"fr", "en"} {
		for _, view := range []model.View{model.ViewAll, model.ViewFirm, model.ViewExpected} {
			pay, years := checkYearCharts(t, lang, model.Default(), view)
			if view == model.ViewAll {
				// The short year is marked, on the cash line, in the chart's words.
				root := parseChartSVG(t, pay.SVG)
				var labels []string
				for _, n := range root.all("text") {
					if n.hasClass("short-year") {
						labels = append(labels, n.text)
					}
				}
				assert.Equal(t, []string{map[string]string{"fr": "À court\u00a0: 2027", "en": "Short: 2027"}[lang]}, labels)
				assert.Len(t, root.all("circle"), 1, "the short year's ring")
				// The legend draws each line as a line, the cash dashed as
				// in the plot; the owed bars keep square swatches.
				keys := map[string]string{}
				for _, n := range root.all("line") {
					if n.hasClass("swatch-line") {
						keys[strings.Fields(n.attr["class"])[1]] = n.attr["stroke-dasharray"]
					}
				}
				assert.Equal(t, map[string]string{"kept": "", "cash": "6 4"}, keys)
				for _, n := range root.all("polyline") {
					if n.hasClass("cash") {
						assert.Equal(t, "6 4", n.attr["stroke-dasharray"], "the cash line's dashes")
					}
				}
				desc := parseChartSVG(t, pay.SVG).kids[1].text
				assert.Contains(t, desc, "2027", "the downloaded file keeps the figures")
				assert.Contains(t, desc, "2031")
				assert.Contains(t, years.Desc, map[string]string{"fr": "remboursé en 2028", "en": "paid back in 2028"}[lang])
			}
			// Owed bars: a year's segments add to what is owed that year,
			// on one scale across the years.
			root := parseChartSVG(t, pay.SVG)
			var heights, values []float64
			for _, b := range root.all("rect") {
				if b.hasClass("owed") {
					heights = append(heights, b.num(t, "height"))
					v, _ := decimal.NewFromString(b.attr["data-value"])
					values = append(values, v.InexactFloat64())
				}
			}
			require.NotEmpty(t, heights)
			k := heights[0] / values[0]
			for i := range heights {
				assert.InDelta(t, values[i]*k, heights[i], 0.6, "bar %d", i)
			}
		}
	}
	// The cash never short: no mark, and the sentence says so.
	s := model.Default()
	s.Growth, s.Other = decimal.NewFromInt(2), decimal.Zero
	pay, _ := checkYearCharts(t, "en", s, model.ViewAll)
	assert.NotContains(t, pay.SVG, "short-year")
	assert.Contains(t, parseChartSVG(t, pay.SVG).kids[1].text, "never runs short")
}

func TestYearChartsRandomScenarios(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 19))
	for n := range 60 {
		s := chartRandomScenario(rng)
		for i := range s.Partners {
			s.Partners[i].Years = decimal.NewFromInt(int64(1 + rng.IntN(model.Span)))
		}
		s.Growth = decimal.NewFromInt(int64(rng.IntN(201))).Shift(-2)
		s.Other = decimal.NewFromInt(int64(rng.IntN(5001)))
		lang := []string{"fr", "en"}[n%2]
		view := []model.View{model.ViewAll, model.ViewFirm, model.ViewExpected}[n%3]
		checkYearCharts(t, lang, s, view)
	}
}

// The partners' picture draws them two abreast in its wide layout (half
// the height on a desktop and on paper), one under another in the narrow
// one: partners 1 and 3 on the left half, 2 and 4 on the right, the
// second row below the first.
func TestTimeChartWideTwoAbreast(t *testing.T) {
	for _, lang := range []string{"fr", "en"} {
		_, years := checkYearCharts(t, lang, model.Default(), model.ViewAll)
		for n, svg := range []string{years.SVG, years.Narrow} {
			root := parseChartSVG(t, svg)
			var boxes []chartBox // each partner's bars
			for _, g := range root.all("g") {
				if !g.hasClass("partner") {
					continue
				}
				b := chartBox{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
				for _, r := range g.all("rect") {
					rb := rectBox(t, r)
					b = chartBox{math.Min(b.x0, rb.x0), math.Min(b.y0, rb.y0), math.Max(b.x1, rb.x1), math.Max(b.y1, rb.y1)}
				}
				boxes = append(boxes, b)
			}
			require.Len(t, boxes, 4)
			const half = 320.0 // the wide view box is 640 wide
			if n == 0 {
				for i, b := range boxes {
					if i%2 == 0 {
						assert.Less(t, b.x1, half, "%s: partner %d on the left half", lang, i)
					} else {
						assert.Greater(t, b.x0, half, "%s: partner %d on the right half", lang, i)
					}
				}
				assert.Greater(t, boxes[2].y0, math.Max(boxes[0].y1, boxes[1].y1), "%s: the second row below the first", lang)
			} else {
				for i := 1; i < 4; i++ {
					assert.Greater(t, boxes[i].y0, boxes[i-1].y1, "%s narrow: partner %d under the one before", lang, i)
				}
			}
		}
	}
}
