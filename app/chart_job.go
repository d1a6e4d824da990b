package main

import (
	"slices"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/roundcalc/roundcalc/app/chart"
)

// chartRuns orders the drawings of the page's pictures: one drawn in the
// background shows only if no drawing started after it has shown already
// (an opened section's pictures, drawn at once, are not replaced by an
// older drawing without them), and only if the figures have not changed
// since it started: the pictures never show another scenario than the
// figures beside them (a move and its way back, the second before the
// first one's drawing is done), and the change's own drawing follows.
type chartRuns struct {
	started, shown int
	changes        int // the changes that asked for a drawing (ask)
}

// drawing is one drawing of the pictures: its number and the changes it
// has seen.
type drawing struct{ run, changes int }

// ask counts a change of the figures, whose drawing is on its way.
func (c *chartRuns) ask() { c.changes++ }

// start numbers a new drawing.
func (c *chartRuns) start() drawing {
	c.started++
	return drawing{c.started, c.changes}
}

// show reports whether drawing d may show, and records that it does.
func (c *chartRuns) show(d drawing) bool {
	if d.run < c.shown || d.changes != c.changes {
		return false
	}
	c.shown = d.run
	return true
}

// drawChartsAsync draws the pictures of the page's scenario off the input
// path, one picture per browser task (in wasm a goroutine is never
// preempted: sleeping between pictures hands the event loop back to the
// browser, so a slider tick that comes meanwhile waits for one picture,
// not for all of them), then shows them in one update. The drawing is of
// the scenario it started from, newer than the one shown: a drag that goes
// on meanwhile does not stop it.
func (p *page) drawChartsAsync(ctx app.Context) {
	lang, tx, s, r, view := p.lang, p.t.Texts, p.scenario, p.results, p.view
	var ids []string
	for _, id := range chart.IDs() {
		if p.showsChart(id) {
			ids = append(ids, id)
		}
	}
	run := p.chartRuns.start()
	ctx.Async(func() {
		out := make([]chart.Data, 0, len(ids))
		for _, id := range ids {
			time.Sleep(time.Millisecond)
			out = append(out, chart.Some(lang, tx, s, r, view, func(x string) bool { return x == id })...)
		}
		ctx.Dispatch(func(ctx app.Context) {
			if !p.chartRuns.show(run) || slices.EqualFunc(out, p.charts, chartSame) {
				ctx.PreventUpdate() // overtaken, or the same pictures: no Render and diff of the page
				return
			}
			p.charts = out
		})
	})
}
