package main

import (
	"runtime"
	"runtime/debug"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Garbage collection is kept out of most slider ticks. Every tick builds a
// fresh UI tree, and a collection landing in the middle of a tick pushes
// that tick's figures past a frame. The collector runs when the reader
// pauses, and otherwise only when the program's memory reaches gcLimit.
//
// The limit is what the tab keeps: a wasm memory grows and is never given
// back, so whatever the heap once reaches stays taken until the tab
// closes. At 96 MB a 2,000-move drag left 92 MB taken; at 32 MB a long
// session (that drag, then 50 imports of 1 MB) stays under 60 MB, and
// a collection comes every few hundred ticks of a long drag.
const (
	gcPause = 400 * time.Millisecond // idle time before collecting
	gcLimit = 32 << 20               // memory that forces a collection anyway
)

// pauseGC hands the collector to the page; in the browser only.
func pauseGC() {
	if !app.IsClient {
		return
	}
	debug.SetGCPercent(-1)
	debug.SetMemoryLimit(gcLimit)
}

// collectOnPause schedules a collection for the reader's next pause.
func (p *page) collectOnPause() {
	if !app.IsClient || p.own.Context == nil {
		return
	}
	p.jobs.debounce(p.own, jobGC, gcPause, 0, func(ctx app.Context, _ func() bool) {
		runtime.GC()
		ctx.PreventUpdate() // nothing on screen changed
	})
}

// collectNow collects at once, for garbage as large as an imported file's
// bytes (up to 1 MB each): waiting for the pause let a few imports in a row
// push the heap, and the tab's memory, past the limit.
func collectNow() {
	if app.IsClient {
		runtime.GC()
	}
}
