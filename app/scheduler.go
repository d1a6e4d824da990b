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
// a longest wait must run at the latest, in Unix nanoseconds (zero when none
// is pending). Both are read by the timers' goroutines.
type job struct {
	gen atomic.Int64
	due atomic.Int64
}

// debounce runs run once no request for name has come for quiet, or at the
// latest maxWait after the first request still pending (0: no such bound;
// quiet = maxWait: a steady pace). run gets a stale
// func that reports whether a request came after it started, for work it
// carries on in the background. Timers run on ctx: use the page's own
// context, since go-app drops the timers of an element that is gone.
//
// A timer that a newer request superseded ends in its goroutine: going
// through the UI goroutine (ctx.After) would mark the page for an update, a
// whole Render and diff for nothing, several times per slider tick during a
// drag. A run that changes nothing on screen calls ctx.PreventUpdate.
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
		due := j.due.Load()
		if due == 0 {
			due = now.Add(maxWait).UnixNano()
			j.due.Store(due)
		}
		if left := time.Duration(due - now.UnixNano()); left < wait {
			wait = left
		}
	}
	ctx.Async(func() {
		time.Sleep(wait)
		if j.superseded(g, maxWait) {
			return
		}
		ctx.Dispatch(func(ctx app.Context) {
			if j.superseded(g, maxWait) {
				ctx.PreventUpdate()
				return
			}
			j.due.Store(0)
			ran := j.gen.Load() // the run sees the page as it is now
			run(ctx, func() bool { return j.gen.Load() != ran })
		})
	})
}

// superseded reports whether the timer of request g has nothing to do: a
// newer request has its own timer, or (with a longest wait) the burst's run
// is done already or a newer request will run it at the latest.
func (j *job) superseded(g int64, maxWait time.Duration) bool {
	newer := j.gen.Load() != g
	if maxWait == 0 {
		return newer
	}
	due := j.due.Load()
	return due == 0 || (newer && time.Now().UnixNano() < due)
}
