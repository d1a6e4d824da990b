package main

import (
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// schedHost requests each job n times in a row, as a drag does, before any
// timer can fire, and counts the runs.
type schedHost struct {
	app.Compo
	jobs  scheduler
	n     int
	runs  map[string]int
	stale map[string]bool // what stale said in the run
}

func (h *schedHost) OnPreRender(ctx app.Context) {
	h.runs, h.stale = map[string]int{}, map[string]bool{}
	for range h.n {
		for _, c := range []struct {
			name           string
			quiet, maxWait time.Duration
		}{
			{jobGC, 50 * time.Millisecond, 0},                          // after the pause
			{jobURL, 50 * time.Millisecond, 50 * time.Millisecond},     // at a steady pace
			{jobCharts, 50 * time.Millisecond, 200 * time.Millisecond}, // after the pause, or at the latest
		} {
			h.jobs.debounce(ctx, c.name, c.quiet, c.maxWait, func(ctx app.Context, stale func() bool) {
				h.runs[c.name]++
				h.stale[c.name] = stale()
			})
		}
	}
}

func (h *schedHost) Render() app.UI { return app.Div() }

func TestSchedulerRunsOncePerBurst(t *testing.T) {
	for _, n := range []int{1, 2, 30} {
		e := app.NewTestEngine()
		h := &schedHost{n: n}
		require.NoError(t, e.Load(h))
		e.ConsumeAll()
		for _, name := range []string{jobGC, jobURL, jobCharts} {
			assert.Equal(t, 1, h.runs[name], "%s after %d requests", name, n)
			assert.False(t, h.stale[name], "%s: no newer request came", name)
		}
	}
}

// quietHost requests a job n times in a row, as a drag does, for a run that
// changes nothing on screen; it counts its renders.
type quietHost struct {
	app.Compo
	jobs          scheduler
	n             int
	runs, renders int
}

func (h *quietHost) OnPreRender(ctx app.Context) {
	for range h.n {
		h.jobs.debounce(ctx, jobGC, 20*time.Millisecond, 0, func(ctx app.Context, _ func() bool) {
			h.runs++
			ctx.PreventUpdate()
		})
	}
}

func (h *quietHost) Render() app.UI {
	h.renders++
	return app.Div()
}

// A burst's superseded timers render nothing: each would re-render the
// whole page, several times per slider tick during a drag. A burst of 30
// requests renders as often as a single one.
func TestSchedulerSupersededTimersRenderNothing(t *testing.T) {
	renders := map[int]int{}
	for _, n := range []int{1, 30} {
		e := app.NewTestEngine()
		h := &quietHost{n: n}
		require.NoError(t, e.Load(h))
		before := h.renders
		e.ConsumeAll()
		assert.Equal(t, 1, h.runs, "runs after %d requests", n)
		renders[n] = h.renders - before
	}
	assert.Equal(t, renders[1], renders[30], "renders after a burst of 30 requests, and after one")
}
