package main

import (
	"sync/atomic"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The page's deferred work, by name. A slider drag fires an input event
// per frame; what need not follow every tick (the pictures, the address
// bar, the sensitivity lines, a garbage collection) waits for a pause.
const (
	jobCharts  = "charts"
	jobURL     = "url"
	jobSparks  = "sparks"
	jobGC      = "gc"
	jobVerdict = "verdict"
)

// scheduler runs named jobs once their requests pause. Its zero value is
// ready; one per page.
type scheduler struct {
	jobs map[string]*job
}

// job is one name's state: gen counts requests, so a timer or a background
// task knows whether a newer request superseded it; due is when a job with
// a longest wait must run at the latest (zero when none is pending).
type job struct {
	gen atomic.Int64
	due time.Time
}

// debounce runs run once no request for name has come for quiet, or at the
// latest maxWait after the first request still pending (0: no such bound;
// quiet = maxWait: a steady pace, as for the address bar). run gets a stale
// func that reports whether a request came after it started, for work it
// carries on in the background. Timers run on ctx: use the page's own
// context, since go-app drops the timers of an element that is gone.
func (s *scheduler) debounce(ctx app.Context, name string, quiet, maxWait time.Duration, run func(ctx app.Context, stale func() bool)) {
	if s.jobs == nil {
		s.jobs = map[string]*job{}
	}
	j := s.jobs[name]
	if j == nil {
		j = &job{}
		s.jobs[name] = j
	}
	g := j.gen.Add(1)
	now := time.Now()
	wait := quiet
	if maxWait > 0 {
		if j.due.IsZero() {
			j.due = now.Add(maxWait)
		}
		if left := j.due.Sub(now); left < wait {
			wait = left
		}
	}
	ctx.After(wait, func(ctx app.Context) {
		newer := j.gen.Load() != g
		switch {
		case maxWait == 0 && newer:
			return // the newer request has its own timer
		case maxWait > 0 && (j.due.IsZero() || (newer && time.Now().Before(j.due))):
			return // already run for this burst, or a newer request will
		}
		j.due = time.Time{}
		ran := j.gen.Load() // the run sees the page as it is now
		run(ctx, func() bool { return j.gen.Load() != ran })
	})
}
