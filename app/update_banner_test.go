//go:build !wasm

package main

import (
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func TestUpdateBannerHiddenUntilUpdate(t *testing.T) {
	e := app.NewTestEngine()
	b := &updateBanner{Message: texts("en").UpdateReady, Reload: texts("en").UpdateReload}
	if err := e.Load(b); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	if err := app.Match(app.Div().Class("rc-update").Hidden(true).Role("status").DataSet("testid", "update-banner"), b, 0); err != nil {
		t.Errorf("before an update: %v", err)
	}
	if err := app.Match(app.Text("A new version of roundcalc is ready."), b, 0, 0, 0); err != nil {
		t.Error(err)
	}
}
