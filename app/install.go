package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// installButton offers to install roundcalc as an app when the browser
// allows it. It stays hidden when the page is framed (an embed in an
// article) and once the app is installed. Mount it where the page wants it:
// &installButton{Label: …}. Styled by .rc-install in web/app.css.
type installButton struct {
	app.Compo

	// Label is the button's text, in the page's language.
	Label string

	installable bool
}

func (b *installButton) OnMount(ctx app.Context) { b.update(ctx) }

func (b *installButton) OnAppInstallChange(ctx app.Context) { b.update(ctx) }

func (b *installButton) update(ctx app.Context) {
	b.installable = !framed() && ctx.IsAppInstallable()
}

// framed reports whether the page runs inside a frame (an embed).
func framed() bool {
	if app.IsServer {
		return false
	}
	w := app.Window()
	return !w.JSValue().Equal(w.Get("top"))
}

func (b *installButton) Render() app.UI {
	return app.Button().
		Type("button").
		Class("rc-install").
		Hidden(!b.installable).
		DataSet("testid", "install").
		Text(b.Label).
		OnClick(func(ctx app.Context, e app.Event) { ctx.ShowAppInstallPrompt() })
}
