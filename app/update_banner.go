package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// updateBanner tells the reader that a new version of roundcalc is ready and
// offers a reload. Mount it once in the page: &updateBanner{Message: …, Reload: …}.
//
// How it appears: on a new deployment the browser installs the new service
// worker, which precaches the new version and takes over; go-app's app.js
// then calls OnAppUpdate on every mounted component. Styled by .rc-update in
// web/app.css (classes only: the CSP forbids style attributes).
type updateBanner struct {
	app.Compo

	// Message and Reload are its texts, in the page's language.
	Message, Reload string

	available bool
}

func (b *updateBanner) OnMount(ctx app.Context) {
	b.available = ctx.AppUpdateAvailable()
}

func (b *updateBanner) OnAppUpdate(ctx app.Context) {
	b.available = ctx.AppUpdateAvailable()
}

func (b *updateBanner) Render() app.UI {
	return app.Div().
		Class("rc-update").
		Hidden(!b.available).
		Role("status").
		DataSet("testid", "update-banner").
		Body(
			app.Span().Text(b.Message),
			app.Button().
				Type("button").
				DataSet("testid", "update-reload").
				Text(b.Reload).
				OnClick(func(ctx app.Context, e app.Event) { ctx.Reload() }),
		)
}
