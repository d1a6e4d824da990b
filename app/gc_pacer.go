package main

import (
	"runtime"
	"runtime/debug"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Garbage collection is kept out of slider drags. Every tick builds a fresh
// UI tree, and a collection landing in the middle of a tick pushes that
// tick's figures past a frame. The collector is off while the reader moves
// inputs and runs once they pause; a memory limit still makes it run if a
// very long drag piles up garbage.
const (
	gcPause = 400 * time.Millisecond // idle time before collecting
	gcLimit = 96 << 20               // heap size that forces a collection anyway
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
	p.jobs.debounce(p.own, jobGC, gcPause, 0, func(app.Context, func() bool) { runtime.GC() })
}
