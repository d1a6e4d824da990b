package chart

import (
	"math/rand/v2"
	"sort"
	"strconv"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/roundcalc/roundcalc/app/text"
	"github.com/roundcalc/roundcalc/model"
)

// checkWeb checks one layout of the web: what every chart must satisfy
// (checkChartSVG: well-formed, no style, texts inside the view box and
// apart), one focusable edge group with a <title> per counterparty and per
// Anthropic tie, edge widths growing with the amounts within each scale,
// each dark core the unpaid part on the same scale, and the unpaid labels.
func checkWeb(t *testing.T, lang, svg string, s model.Scenario) {
	t.Helper()
	root, _ := checkChartSVG(t, svg)
	type edge struct {
		v, w float64
		id   string
	}
	scales := map[string][]edge{}
	ties, groups := 0, 0
	for _, g := range root.all("g") {
		if !g.hasClass("web-edge") {
			continue
		}
		groups++
		assert.Equal(t, "0", g.attr["tabindex"], "edge groups are focusable")
		require.NotEmpty(t, g.kids)
		assert.Equal(t, "title", g.kids[0].name, "the tooltip first")
		assert.Contains(t, g.kids[0].text, "Source", "the tooltip names the source tag")
		if g.hasClass("web-tie") {
			ties++
			assert.Equal(t, "6 4", g.all("path")[0].attr["stroke-dasharray"], "ties are dashed")
			continue
		}
		var band, core *chartNode
		for _, p := range g.all("path") {
			switch {
			case p.hasClass("edge"):
				band = p
			case p.hasClass("edge-unpaid"):
				core = p
			}
		}
		require.NotNil(t, band, g.attr["data-node"])
		v, err := strconv.ParseFloat(band.attr["data-value"], 64)
		require.NoError(t, err)
		bw := band.num(t, "stroke-width")
		scales[band.attr["data-scale"]] = append(scales[band.attr["data-scale"]], edge{v, bw, g.attr["data-node"]})
		if s.Unpaid.IsZero() || v == 0 {
			assert.Nil(t, core, "no dark core when nothing is unpaid")
			continue
		}
		require.NotNil(t, core, g.attr["data-node"])
		cv, err := strconv.ParseFloat(core.attr["data-value"], 64)
		require.NoError(t, err)
		assert.InDelta(t, v*s.Unpaid.InexactFloat64(), cv, 1e-9, "the core is the unpaid part")
		assert.Equal(t, band.attr["d"], core.attr["d"], "the core runs along the edge")
		assert.LessOrEqual(t, core.num(t, "stroke-width"), bw+1e-9)
	}
	assert.Equal(t, 2, ties, "Amazon's and Microsoft's ties to Anthropic")
	assert.Equal(t, 9, groups, "7 counterparties + 2 ties")
	require.Len(t, scales["money"], 4, "Microsoft, Oracle, CoreWeave, AWS")
	require.Len(t, scales["gw"], 3, "Nvidia, AMD, Broadcom")
	for name, es := range scales {
		sort.SliceStable(es, func(i, j int) bool { return es[i].v < es[j].v })
		for i := 1; i < len(es); i++ {
			assert.LessOrEqual(t, es[i-1].w, es[i].w+1e-9, "%s scale: %s (%v) no wider than %s (%v)",
				name, es[i-1].id, es[i-1].v, es[i].id, es[i].v)
			if es[i-1].v < es[i].v && es[i-1].w > 1 {
				assert.Less(t, es[i-1].w, es[i].w, "%s scale: strictly wider above the floor", name)
			}
		}
	}
	// Unpaid labels inside the nodes follow s.Unpaid.
	tx := &text.For(lang).Web
	wantUnpaid := map[string]string{
		"msft":   text.Money(lang, webPartner(s, model.Microsoft).Commit.Mul(s.Unpaid)),
		"oracle": text.Money(lang, webOracle.Mul(s.Unpaid)),
		"amd":    webGW(lang, webAMD.Mul(s.Unpaid)),
	}
	for _, g := range root.all("g") {
		want, ok := wantUnpaid[g.attr["data-node"]]
		if !ok || !g.hasClass("web-node") {
			continue
		}
		found := false
		for _, n := range g.all("text") {
			if n.hasClass("web-unpaid") {
				found = true
				assert.Contains(t, n.text, want, "%s unpaid label", g.attr["data-node"])
				v, err := decimal.NewFromString(n.parent.attr["data-value"])
				require.NoError(t, err, "the unpaid figure in machine form")
				assert.Equal(t, text.DataValue(v), n.parent.attr["data-value"])
			}
		}
		assert.True(t, found, "%s has an unpaid label", g.attr["data-node"])
		delete(wantUnpaid, g.attr["data-node"])
	}
	assert.Empty(t, wantUnpaid, "every checked node drawn")
	assert.Contains(t, svg, chartEscape(tx.NameAnthropic))
}

func webPartner(s model.Scenario, id string) model.Partner {
	for _, p := range s.Partners {
		if p.ID == id {
			return p
		}
	}
	return model.Partner{}
}

func TestWebChartDefaults(t *testing.T) {
	for _, lang := range []string{"fr", "en"} {
		for _, view := range chartViews {
			t.Run(lang+"/"+string(view), func(t *testing.T) {
				s := model.Default()
				r := chartCompute(t, s)
				d := webChart(lang, text.For(lang), s, r, view)
				assert.Equal(t, "web", d.ID)
				assert.NotEmpty(t, d.Title)
				assert.NotEmpty(t, d.Desc)
				assert.Equal(t, text.For(lang).Web.File+"-"+string(view)+".svg", d.File)
				assert.Contains(t, d.SVG, `viewBox="0 0 640 `)
				assert.Contains(t, d.Narrow, `viewBox="0 0 360 `)
				checkWeb(t, lang, d.SVG, s)
				checkWeb(t, lang, d.Narrow, s)
				parseChartSVG(t, d.Standalone())
				// The table: header + 7 counterparties + 2 ties, rectangular.
				require.Len(t, d.Table, 10)
				for _, row := range d.Table {
					require.Len(t, row, len(d.Table[0]))
					assert.NotEmpty(t, row[4], "every row has its source tag")
				}
			})
		}
	}
}

func TestWebChartFigures(t *testing.T) {
	s := model.Default()
	r := chartCompute(t, s)
	d := webChart("en", text.For("en"), s, r, model.ViewAll)
	rows := map[string][]string{}
	for _, row := range d.Table[1:] {
		rows[row[0]] = row
	}
	assert.Equal(t, []string{"Microsoft · Azure", "Azure commitment (Oct 2025 recapitalisation)", "250", "$B", "R", "$125B", "$197.1B"},
		rows["Microsoft · Azure"], "23.46 % × 840 × 100 % haircut = 197.1")
	assert.Equal(t, "138", rows["Amazon · AWS"][2])
	assert.Equal(t, "A / R", rows["Amazon · AWS"][4])
	assert.Equal(t, "300", rows["Oracle"][2])
	assert.Equal(t, "22.4", rows["CoreWeave"][2])
	assert.Equal(t, []string{"5", "GW", "A / D", "2.5\u00a0GW ≈ $87.5B"}, rows["Nvidia"][2:6], "5 GW × $35B × 50 %")
	assert.Contains(t, rows["Nvidia"][1], "× $35B per GW = $175B")
	assert.Equal(t, []string{"6", "GW", "R", "3\u00a0GW", "–"}, rows["AMD"][2:])
	assert.Equal(t, []string{"10", "GW", "U", "5\u00a0GW", "–"}, rows["Broadcom"][2:])
	assert.Equal(t, "A", rows["Amazon · AWS → Anthropic"][4])
	assert.Equal(t, "A", rows["Microsoft · Azure → Anthropic"][4])
	assert.Contains(t, d.Desc, "$710.4B of cloud contracts")
	assert.Contains(t, d.Desc, "21\u00a0GW of chips")
	assert.Contains(t, d.Desc, "would lose $355.2B and 10.5\u00a0GW")
	// The tooltip of an A edge quotes the article.
	assert.Contains(t, d.SVG, chartEscape(text.QuoteAWSContract))
	assert.Contains(t, d.SVG, chartEscape(text.QuoteAnthropicAMZN))
	assert.NotContains(t, d.SVG, "style=")
}

// The map follows the stress sliders: unpaid 50 % vs 80 %, the price per
// GW and the haircut.
func TestWebChartFollowsStress(t *testing.T) {
	for _, lang := range []string{"fr", "en"} {
		for _, u := range []string{"0.5", "0.8", "0", "1"} {
			t.Run(lang+"/"+u, func(t *testing.T) {
				s := model.Default()
				s.Unpaid = decimal.RequireFromString(u)
				s.PricePerGW = decimal.NewFromInt(60)
				s.Haircut = decimal.RequireFromString("0.4")
				r := chartCompute(t, s)
				d := webChart(lang, text.For(lang), s, r, model.ViewExpected)
				checkWeb(t, lang, d.SVG, s)
				checkWeb(t, lang, d.Narrow, s)
				nv := decimal.NewFromInt(300).Mul(s.Unpaid) // 5 GW × 60 × u
				assert.Contains(t, d.SVG, text.Money(lang, nv), "Nvidia's unpaid $ estimate")
				assert.Contains(t, d.Desc, webPct(lang, s.Unpaid))
				assert.Contains(t, d.Desc, webPct(lang, s.Haircut))
			})
		}
	}
	s := model.Default()
	r := chartCompute(t, s)
	half := webChart("en", text.For("en"), s, r, model.ViewAll)
	s.Unpaid = decimal.RequireFromString("0.8")
	most := webChart("en", text.For("en"), s, r, model.ViewAll)
	assert.Contains(t, half.SVG, "Unpaid (50%): $125B")
	assert.Contains(t, most.SVG, "Unpaid (80%): $200B")
	assert.NotContains(t, most.SVG, "$125B")
}

// Random scenarios (the other charts' generator): geometry and scales hold.
func TestWebChartRandomScenarios(t *testing.T) {
	rng := rand.New(rand.NewPCG(2026, 8))
	for i := 0; i < 60; i++ {
		s := chartRandomScenario(rng)
		lang := []string{"fr", "en"}[i%2]
		view := chartViews[rng.IntN(3)]
		r := chartCompute(t, s)
		d := webChart(lang, text.For(lang), s, r, view)
		t.Run(strconv.Itoa(i)+"-"+lang, func(t *testing.T) {
			checkWeb(t, lang, d.SVG, s)
			checkWeb(t, lang, d.Narrow, s)
		})
	}
}

func TestWebNice(t *testing.T) {
	for in, want := range map[string]string{"300": "200", "10": "10", "5000": "5000", "22.4": "20", "0.7": "0.5", "138": "100", "0": "0"} {
		assert.Equal(t, want, webNice(decimal.RequireFromString(in)).String(), in)
	}
}
