// Command roundcalc is the calculator's progressive web app.
//
// Built for the browser (GOOS=js GOARCH=wasm) it is the app itself. Built
// natively it is also the server of `make run` and the static site
// generator of `make dist` (package app/server, main_native.go); neither is
// linked into app.wasm.
package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

func main() {
	for _, p := range langPaths() {
		app.Route(p, newPage)
	}

	// In the browser: runs the app and never returns. Natively: returns at
	// once.
	app.RunWhenOnBrowser()

	// Natively: serve, or write the static site. A no-op in app.wasm.
	runNative()
}
