package main

import (
	"strings"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/roundcalc/roundcalc/app/chart"
	"github.com/roundcalc/roundcalc/model"
)

// The figure renders (as the server prerenders it) a caption, both layouts
// of the SVG, the data table in a <details> and the download button.
func TestChartFigureRender(t *testing.T) {
	s := model.Default()
	r, errs := model.Compute(s)
	require.Empty(t, errs)
	tx := &texts("en").Chart
	for _, d := range chart.All("en", texts("en").Texts, s, r, model.ViewAll) {
		html := app.HTMLString(&chartFigure{Data: d, DownloadLabel: tx.Download, TableLabel: tx.Data})
		assert.Contains(t, html, `data-testid="chart-`+d.ID+`"`)
		assert.Contains(t, html, `data-testid="download-`+d.ID+`"`)
		for _, tag := range []string{"<figure", "<figcaption", "<details", "<summary", "<table", "<caption", "<th", "<button"} {
			assert.Contains(t, html, tag, d.ID)
		}
		assert.Contains(t, html, d.SVG)
		assert.Contains(t, html, d.Narrow)
		assert.Equal(t, len(d.Table)-1, strings.Count(html, `<th scope="row"`), d.ID)
		assert.NotContains(t, html, "style=", d.ID)
	}
}

// chartJobHost asks twice for the sensitivity lines (natively, in
// OnPreRender): only the second scenario's lines arrive.
type chartJobHost struct {
	app.Compo
	jobs  scheduler
	lines map[string]string
	calls int
}

func (h *chartJobHost) OnPreRender(ctx app.Context) {
	stale := model.Default()
	stale.PreMoney = decimal.NewFromInt(100)
	for i, s := range []model.Scenario{stale, model.Default()} {
		quiet := time.Duration(1-i) * 20 * time.Millisecond // the stale request's timer fires last
		h.jobs.debounce(ctx, jobSparks, quiet, 0, func(ctx app.Context, isStale func() bool) {
			drawSensitivityLines(ctx, "en", &texts("en").Chart, s, model.ViewAll, isStale, func(ctx app.Context, l map[string]string) {
				h.calls++
				h.lines = l
			})
		})
	}
}

func (h *chartJobHost) Render() app.UI { return app.Div() }

func TestChartSensitivityJob(t *testing.T) {
	e := app.NewTestEngine()
	h := &chartJobHost{}
	require.NoError(t, e.Load(h))
	e.ConsumeAll()
	require.Equal(t, 1, h.calls, "the stale job is dropped")
	s := model.Default()
	r, errs := model.Compute(s)
	require.Empty(t, errs)
	want := map[string]string{}
	for _, p := range chart.SensitivityParams(s) {
		if svg := chart.Sparkline("en", &texts("en").Chart, s, r, model.ViewAll, p); svg != "" {
			want[p] = svg
		}
	}
	require.NotEmpty(t, want)
	assert.Equal(t, want, h.lines)
}
