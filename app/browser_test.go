//go:build wasm

package main

// In-browser tests of the shell's components, run by `make test` with
// wasmbrowsertest (GOOS=js GOARCH=wasm go test -exec wasmbrowsertest
// -run Browser ./app/).

import (
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func TestBrowserNotFramed(t *testing.T) {
	if framed() {
		t.Error("framed() is true in a top-level page")
	}
}

func TestBrowserUpdateBanner(t *testing.T) {
	e := app.NewTestEngine()
	b := &updateBanner{Message: texts("fr").UpdateReady, Reload: texts("fr").UpdateReload}
	if err := e.Load(b); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	banner := app.Window().Get("document").Call("querySelector", `[data-testid="update-banner"]`)
	if !banner.Truthy() {
		t.Fatal("the banner is not in the page")
	}
	if !banner.Get("hidden").Bool() {
		t.Fatal("the banner shows before any update")
	}

	// What go-app's app.js does when a new service worker has taken over.
	app.Window().Call("goappOnUpdate")
	e.ConsumeAll()
	e.ConsumeAll()
	if banner.Get("hidden").Bool() {
		t.Error("the banner stays hidden after an update")
	}
	if got := banner.Get("textContent").String(); got != "Une nouvelle version de roundcalc est prête.Recharger" {
		t.Errorf("banner text %q", got)
	}
}
