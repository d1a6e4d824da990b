package main

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/roundcalc/roundcalc/app/chart"
	"github.com/roundcalc/roundcalc/app/text"
	"github.com/roundcalc/roundcalc/model"
)

// drawSensitivityLines computes the sensitivity lines of s off the input
// path: one line per browser task (in wasm a goroutine is never preempted:
// sleeping between lines hands the event loop back to the browser, so a
// drag never meets a long task), dropping the work as soon as stale says a
// newer scenario came, then hands all the lines to done on the UI
// goroutine: one update.
func drawSensitivityLines(ctx app.Context, lang string, tx *text.ChartTexts, s model.Scenario, view model.View,
	stale func() bool, done func(ctx app.Context, lines map[string]string)) {
	ctx.Async(func() {
		out := map[string]string{}
		r, errs := model.Compute(s)
		if len(errs) > 0 {
			return
		}
		for _, p := range chart.SensitivityParams(s) {
			time.Sleep(time.Millisecond)
			if stale() {
				return
			}
			if svg := chart.Sparkline(lang, tx, s, r, view, p); svg != "" {
				out[p] = svg
			}
		}
		ctx.Dispatch(func(ctx app.Context) {
			if !stale() {
				done(ctx, out)
			}
		})
	})
}
