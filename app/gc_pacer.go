package main

import (
	"runtime"
	"runtime/debug"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// gcPacer keeps garbage collection out of slider drags. Every tick builds a
// fresh UI tree, and a collection landing in the middle of a tick pushes
// that tick's figures past a frame. The collector is off while the reader
// moves inputs and runs once they pause; a memory limit still makes it run
// if a very long drag piles up garbage.
type gcPacer struct{ tick int }

const (
	gcPause = 400 * time.Millisecond // idle time before collecting
	gcLimit = 96 << 20               // heap size that forces a collection anyway
)

// start hands the collector to the pacer; in the browser only.
func (g *gcPacer) start() {
	if !app.IsClient {
		return
	}
	debug.SetGCPercent(-1)
	debug.SetMemoryLimit(gcLimit)
}

// moved notes an input change and schedules a collection for the pause.
func (g *gcPacer) moved(ctx app.Context) {
	if !app.IsClient || ctx.Context == nil {
		return
	}
	g.tick++
	tick := g.tick
	ctx.After(gcPause, func(app.Context) {
		if tick == g.tick {
			runtime.GC()
		}
	})
}
