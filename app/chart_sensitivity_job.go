package main

import (
	"sync/atomic"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/roundcalc/roundcalc/model"
)

// sensitivityJob computes the sensitivity lines off the input path: the
// figures and charts of an input change show first; the lines follow when
// the reader pauses, and work for a scenario that has already changed is
// dropped. Keep one per page (its zero value is ready).
type sensitivityJob struct{ gen atomic.Int64 }

// Start drops any job in flight and, after delay without a newer Start,
// draws every sensitivity line of s, one line per browser task (in wasm a
// goroutine is never preempted: sleeping between lines hands the event loop
// back to the browser, so a drag never meets a long task), then hands all
// the lines to done on the UI goroutine: one update.
func (j *sensitivityJob) Start(ctx app.Context, delay time.Duration, lang string, s model.Scenario, view model.View,
	done func(ctx app.Context, lines map[string]string)) {
	g := j.gen.Add(1)
	ctx.Async(func() {
		time.Sleep(delay)
		if j.gen.Load() != g {
			return
		}
		out := map[string]string{}
		r, errs := model.Compute(s)
		if len(errs) > 0 {
			return
		}
		tx := chartTexts(lang)
		for _, p := range sensitivityParams(s) {
			time.Sleep(time.Millisecond)
			if j.gen.Load() != g {
				return
			}
			if svg := chartSparkline(lang, tx, s, r, view, p); svg != "" {
				out[p] = svg
			}
		}
		ctx.Dispatch(func(ctx app.Context) {
			if j.gen.Load() == g {
				done(ctx, out)
			}
		})
	})
}
