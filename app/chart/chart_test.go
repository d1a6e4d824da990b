package chart

import (
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/roundcalc/roundcalc/app/text"
	"github.com/roundcalc/roundcalc/model"
)

var chartViews = []model.View{model.ViewAll, model.ViewFirm, model.ViewExpected}

func chartCompute(t testing.TB, s model.Scenario) model.Results {
	t.Helper()
	r, errs := model.Compute(s)
	require.Empty(t, errs, "scenario must be valid")
	return r
}

// checkOwnership checks the ownership chart against the model's stakes:
// one bar per moment, every holder with a positive stake present as a
// segment of its colour, segments in order, contiguous, filling the track,
// each as wide as its stake × the track (within a pixel; in practice
// within 0.02).
func checkOwnership(t testing.TB, svg string, s model.Scenario, r model.Results, view model.View) {
	t.Helper()
	root, _ := checkChartSVG(t, svg)
	bars := map[string]*chartNode{}
	for _, g := range root.all("g") {
		if g.hasClass("bar") {
			bars[g.attr["data-moment"]] = g
		}
	}
	require.Len(t, bars, 4, "one bar per moment")
	want := map[string][]model.HolderOutcome{
		"before": r.All.Holders, "firm": r.Firm.Holders, "all": r.All.Holders, "expected": r.Expected.Holders,
	}
	for moment, rows := range want {
		g := bars[moment]
		require.NotNil(t, g, moment)
		var track *chartNode
		var segs []*chartNode
		for _, n := range g.kids {
			switch {
			case n.name == "rect" && n.hasClass("track"):
				track = n
			case n.name == "rect" && n.hasClass("seg"):
				segs = append(segs, n)
			}
		}
		require.NotNil(t, track, moment)
		tx, tw := track.num(t, "x"), track.num(t, "width")
		byID := map[string]*chartNode{}
		for _, sg := range segs {
			byID[sg.attr["data-holder"]] = sg
		}
		var ids []string
		for _, h := range rows {
			stake := h.After
			if moment == "before" {
				stake = h.Before
			}
			sg := byID[h.ID]
			if stake.Sign() <= 0 {
				assert.Nil(t, sg, "%s: no segment for %s at zero", moment, h.ID)
				continue
			}
			require.NotNil(t, sg, "%s: segment of %s (stake %s) missing", moment, h.ID, stake)
			ids = append(ids, h.ID)
			wantW := stake.InexactFloat64() * tw
			assert.InDelta(t, wantW, sg.num(t, "width"), 0.02, "%s: width of %s ∝ its stake", moment, h.ID)
			assert.True(t, sg.hasClass(chartHolderClass(h.ID)), "%s: class of %s", moment, h.ID)
			assert.Equal(t, chartHolderColour(h.ID), sg.attr["fill"], "%s: fill of %s", moment, h.ID)
			assert.Equal(t, track.attr["y"], sg.attr["y"])
			assert.Equal(t, track.attr["height"], sg.attr["height"])
		}
		// Drawn in holder order, end to end, from the track's start to its end.
		require.Len(t, segs, len(ids), "%s: no extra segment", moment)
		x := tx
		for i, sg := range segs {
			assert.Equal(t, ids[i], sg.attr["data-holder"], "%s: order", moment)
			assert.InDelta(t, x, sg.num(t, "x"), 0.011, "%s: %s starts where the previous ends", moment, ids[i])
			x = sg.num(t, "x") + sg.num(t, "width")
		}
		assert.InDelta(t, tx+tw, x, 0.02, "%s: segments fill the track", moment)
		// Every segment is labelled: inside it, or listed below the bar.
		labelled := 0
		for _, n := range g.all("text") {
			if n.hasClass("in") || n.parent.hasClass("outside") {
				labelled++
			}
		}
		assert.Equal(t, len(segs), labelled, "%s: one label per segment", moment)
	}
	// The holders' order in the chart.
	var order []int
	for _, h := range r.All.Holders {
		order = append(order, chartHolderRank(h.ID))
	}
	for i := 1; i < len(order); i++ {
		assert.Less(t, order[i-1], order[i], "model rows are in chart order")
	}
}

// checkProportional checks that bars of the given classes are as long as
// their data-value on one shared scale (within a pixel).
func checkProportional(t testing.TB, root *chartNode, classes ...string) {
	t.Helper()
	var vals, widths []float64
	for _, n := range root.all("rect") {
		for _, c := range classes {
			if n.hasClass("bar") && n.hasClass(c) {
				v, err := strconv.ParseFloat(n.attr["data-value"], 64)
				require.NoError(t, err)
				vals, widths = append(vals, v), append(widths, n.num(t, "width"))
			}
		}
	}
	require.NotEmpty(t, vals)
	big := 0 // the scale is read off the longest bar
	for i := range vals {
		if vals[i] > vals[big] {
			big = i
		}
	}
	scale := 0.0
	if vals[big] > 0 {
		scale = widths[big] / vals[big]
	}
	for i := range vals {
		assert.InDelta(t, vals[i]*scale, widths[i], 1.0, "bar %d of value %v", i, vals[i])
	}
}

func checkAllCharts(t testing.TB, lang string, s model.Scenario, view model.View) []Data {
	t.Helper()
	r := chartCompute(t, s)
	tr := text.For(lang)
	charts := buildCharts(lang, tr, s, r, view)
	require.Len(t, charts, 4)
	for _, c := range charts {
		require.NotEmpty(t, c.ID)
		require.NotEmpty(t, c.Title)
		require.NotEmpty(t, c.Desc)
		require.True(t, strings.HasSuffix(c.File, ".svg"))
		require.GreaterOrEqual(t, len(c.Table), 2)
		for _, row := range c.Table {
			require.Len(t, row, len(c.Table[0]), "table rows as wide as the header")
		}
		for _, svg := range []string{c.SVG, c.Narrow} {
			switch c.ID {
			case "ownership":
				checkOwnership(t, svg, s, r, view)
			case "flows":
				root, _ := checkChartSVG(t, svg)
				checkProportional(t, root, "cash-in", "owed")
			case "exposure":
				root, _ := checkChartSVG(t, svg)
				checkExposure(t, root, s, r.View(view))
			case "timeline":
				root, _ := checkChartSVG(t, svg)
				checkProportional(t, root, "pre", "new-money")
			}
		}
		parseChartSVG(t, c.Standalone())
	}
	return charts
}

// checkExposure checks each partner's stacked bar: equity lost then
// commitments unpaid, end to end, as long as its share of market cap on
// the axis (the 100 % tick).
func checkExposure(t testing.TB, root *chartNode, s model.Scenario, o model.Outcome) {
	t.Helper()
	// Pixels per 100 %, read off the farthest tick.
	var zero, far *chartNode
	farV := 0.0
	for _, n := range root.all("line") {
		v, err := strconv.ParseFloat(n.attr["data-value"], 64)
		require.NoError(t, err)
		if v == 0 {
			zero = n
		}
		if v > farV {
			far, farV = n, v
		}
		if n.hasClass("hundred") {
			assert.Equal(t, 1.0, v, "the 100 %% line")
		}
	}
	require.NotNil(t, zero, "a 0 % tick")
	require.NotNil(t, far)
	require.GreaterOrEqual(t, farV, 1.0, "the axis reaches 100 %")
	start := zero.num(t, "x1")
	per := (far.num(t, "x1") - start) / farV
	for _, p := range o.Partners {
		var eq, un *chartNode
		for _, g := range root.all("g") {
			if g.attr["data-partner"] == p.ID {
				for _, n := range g.all("rect") {
					switch {
					case n.hasClass("equity"):
						eq = n
					case n.hasClass("unpaid"):
						un = n
					}
				}
			}
		}
		require.NotNil(t, eq, p.ID)
		require.NotNil(t, un, p.ID)
		assert.InDelta(t, start, eq.num(t, "x"), 0.011)
		assert.InDelta(t, eq.num(t, "x")+eq.num(t, "width"), un.num(t, "x"), 0.011, "%s: end to end", p.ID)
		total := eq.num(t, "width") + un.num(t, "width")
		assert.InDelta(t, p.CollapseShare.InexactFloat64()*per, total, 1.0, "%s: loss share", p.ID)
	}
}

// The model's reference cases (the defaults' stakes in each closing view),
// in both languages and every view.
func TestChartReferenceCases(t *testing.T) {
	ref := map[model.View]map[string]string{
		model.ViewAll:      {"msft": "23.4643", "sftb": "13.1310", "nvda": "3.5714", "amzn": "5.9524", "fdn": "22.5952", "others": "31.2857"},
		model.ViewFirm:     {"msft": "24.4845", "sftb": "13.7019", "nvda": "3.7267", "amzn": "1.8634", "fdn": "23.5776", "others": "32.6460"},
		model.ViewExpected: {"msft": "23.9744", "sftb": "13.4164", "nvda": "3.6491", "amzn": "3.9079", "fdn": "23.0864", "others": "31.9658"},
	}
	for _, lang := range []string{"fr", "en"} {
		for _, view := range chartViews {
			t.Run(lang+"/"+string(view), func(t *testing.T) {
				s := model.Default()
				charts := checkAllCharts(t, lang, s, view)
				own := charts[0]
				for _, svg := range []string{own.SVG, own.Narrow} {
					root := parseChartSVG(t, svg)
					for _, g := range root.all("g") {
						if g.attr["data-moment"] != string(view) {
							continue
						}
						var track *chartNode
						for _, n := range g.all("rect") {
							if n.hasClass("track") {
								track = n
							}
						}
						require.NotNil(t, track)
						for _, n := range g.all("rect") {
							if id := n.attr["data-holder"]; id != "" {
								pct, _ := strconv.ParseFloat(ref[view][id], 64)
								assert.InDelta(t, pct/100*track.num(t, "width"), n.num(t, "width"), 0.05, id)
							}
						}
					}
				}
				if view == model.ViewAll {
					tab := map[string][]string{}
					for _, c := range charts {
						for _, row := range c.Table[1:] {
							tab[c.ID+"/"+row[0]] = row
						}
					}
					m := func(s string) string { return strings.ReplaceAll(s, "\u00a0", " ") }
					if lang == "en" {
						assert.Equal(t, "23.46%", tab["ownership/Microsoft"][3])
						assert.Equal(t, "27.00%", tab["ownership/Microsoft"][1])
						assert.Equal(t, "+$236.2B", tab["flows/Microsoft"][4])
						assert.Equal(t, "+$88B", tab["flows/Amazon"][4])
						assert.Equal(t, "+$145B", tab["flows/Nvidia"][4])
						assert.Equal(t, "−$64.6B", tab["flows/SoftBank"][4])
						assert.Equal(t, "5 GW × $35B", tab["flows/Nvidia"][3])
						assert.Equal(t, "68.94%", tab["exposure/SoftBank"][5])
						assert.Equal(t, "10.74%", tab["exposure/Microsoft"][5])
						assert.Equal(t, "$730B before → $840B after", tab["timeline/Your scenario"][2])
					} else {
						assert.Equal(t, "23,46\u202f%", tab["ownership/Microsoft"][3])
						assert.Equal(t, "+236,2 Md$", m(tab["flows/Microsoft"][4]))
						assert.Equal(t, "−64,6 Md$", m(tab["flows/SoftBank"][4]))
						assert.Equal(t, "68,94\u202f%", tab["exposure/SoftBank"][5])
					}
				}
			})
		}
	}
}

// A broken geometry must fail the checks: a segment one pixel and a half
// too wide, a label pushed out of the view box, two labels on one spot.
func TestChartChecksCatchBrokenGeometry(t *testing.T) {
	s := model.Default()
	r := chartCompute(t, s)
	svg := ownershipChart("en", text.For("en"), s, r, model.ViewAll).SVG
	root := parseChartSVG(t, svg)
	var seg *chartNode
	for _, n := range root.all("rect") {
		if n.attr["data-holder"] == "msft" {
			seg = n
			break
		}
	}
	require.NotNil(t, seg)
	w := seg.attr["width"]
	wider, _ := strconv.ParseFloat(w, 64)
	at := strings.Index(svg, `data-holder="msft"`)
	start := strings.LastIndex(svg[:at], "<rect")
	end := at + strings.Index(svg[at:], "/>")
	el := strings.Replace(svg[start:end], `width="`+w+`"`, `width="`+chartNum(wider+1.5)+`"`, 1)
	require.NotEqual(t, svg[start:end], el)
	broken := svg[:start] + el + svg[end:]
	ft := &chartFakeT{}
	func() {
		defer func() { _ = recover() }()
		checkOwnership(ft, broken, s, r, model.ViewAll)
	}()
	assert.True(t, ft.failed, "a segment too wide must fail")

	for _, bad := range []string{
		strings.Replace(svg, `</svg>`, `<text x="630" y="20" font-size="14">far too long to fit</text></svg>`, 1),
		strings.Replace(svg, `</svg>`, `<text x="8" y="22" font-size="14">on top of the legend</text></svg>`, 1),
		strings.Replace(svg, `</svg>`, `<rect x="0" y="0" width="10" height="10" style="fill:red"/></svg>`, 1),
		strings.Replace(svg, `</svg>`, `<text x="8" y="22">unclosed</svg>`, 1),
	} {
		ft := &chartFakeT{}
		func() {
			defer func() { _ = recover() }()
			checkChartSVG(ft, bad)
		}()
		assert.True(t, ft.failed, "must fail: %s", bad[len(bad)-90:])
	}
}

// chartFakeT records a failure instead of failing the test.
type chartFakeT struct {
	testing.TB
	failed bool
}

func (f *chartFakeT) Helper()                         {}
func (f *chartFakeT) Errorf(format string, a ...any)  { f.failed = true }
func (f *chartFakeT) FailNow()                        { f.failed = true; panic(f) }
func (f *chartFakeT) Fatalf(format string, a ...any)  { f.failed = true; panic(f) }
func (f *chartFakeT) Logf(format string, args ...any) {}
func (f *chartFakeT) Name() string                    { return "fake" }

func TestChartEscapeAndFit(t *testing.T) {
	assert.Equal(t, "a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39;", chartEscape(`a & b <c> "d" 'e'`))
	assert.Equal(t, "ab", chartEscape("a\x01b"))
	assert.Equal(t, "x y", chartEscape("x\ny"))
	assert.Equal(t, "Employees…", chartTruncate("Employees and other investors", 10*0.6*14, 14, false))
	assert.Equal(t, "", chartTruncate("Employees", 0.5*14, 14, false))
	assert.Equal(t, "b", chartFit(100, 14, false, strings.Repeat("a", 20), "b"))
	assert.Equal(t, chartPaper, chartTextOn("#0072b2", 1), "white on Microsoft's blue")
	assert.Equal(t, chartInk, chartTextOn("#e69f00", 1), "ink on Amazon's orange")
	assert.Equal(t, chartInk, chartTextOn("#0072b2", 0.35), "ink on a light bar")
}

func TestChartFigureFile(t *testing.T) {
	s := model.Default()
	c := ownershipChart("fr", text.For("fr"), s, chartCompute(t, s), model.ViewExpected)
	f := c.Standalone()
	assert.True(t, strings.HasPrefix(f, `<?xml version="1.0" encoding="UTF-8"?>`))
	assert.Equal(t, "openai-actionnaires-expected.svg", c.File)
	assert.Contains(t, c.SVG, `fill="#0072b2"`, "colours survive a download")
	assert.Contains(t, c.SVG, `class="seg h-msft"`)
	assert.NotContains(t, c.SVG, "style=")
	assert.NotEqual(t, c.SVG, c.Narrow)
	assert.Contains(t, c.Narrow, `viewBox="0 0 360 `)
	assert.Contains(t, c.SVG, `viewBox="0 0 640 `)
}

// BenchmarkCharts measures buildCharts's four charts (both layouts each;
// the fifth, the web of dependencies, aside), as the page builds them on
// every input change.
func BenchmarkCharts(b *testing.B) {
	for _, c := range []struct {
		name string
		s    model.Scenario
	}{{"defaults", model.Default()}, {"10conditional", chartManyConditional()}} {
		r, _ := model.Compute(c.s)
		tr := text.For("fr")
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				buildCharts("fr", tr, c.s, r, model.ViewExpected)
			}
		})
	}
}

func TestChartStakeLabels(t *testing.T) {
	st := []decimal.Decimal{decimal.RequireFromString("0.3825"), decimal.RequireFromString("0.5335"), decimal.RequireFromString("0.084"), decimal.RequireFromString("0.00004")}
	assert.Equal(t, []string{"38.25%", "53.35%", "8.40%", "< 0.01%"}, chartStakeLabels("en", st, 2))
	assert.Equal(t, []string{"38%", "53%", "8%", "< 1%"}, chartStakeLabels("en", st, 0),
		"short labels round each stake on its own")
	assert.Equal(t, []string{"38,3\u202f%", "53,4\u202f%", "8,4\u202f%", "< 0,1\u202f%"}, chartStakeLabels("fr", st, 1))
}

// Some draws what All draws, less the charts not wanted.
func TestSomeIsAllLessTheUnwanted(t *testing.T) {
	s := model.Default()
	r, errs := model.Compute(s)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	tx := text.For("fr")
	all := All("fr", tx, s, r, model.ViewAll)
	if got := Some("fr", tx, s, r, model.ViewAll, func(string) bool { return true }); !reflect.DeepEqual(got, all) {
		t.Error("Some with every chart differs from All")
	}
	some := Some("fr", tx, s, r, model.ViewAll, func(id string) bool { return id != "web" && id != "flows" })
	var want []Data
	for _, d := range all {
		if d.ID != "web" && d.ID != "flows" {
			want = append(want, d)
		}
	}
	if !reflect.DeepEqual(some, want) {
		t.Errorf("Some without web and flows: %d charts, want %d", len(some), len(want))
	}
}
