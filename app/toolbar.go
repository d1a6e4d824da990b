package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// toolbar holds the closing-view switch, the language switch, the copy-link
// and reset controls.
type toolbar struct {
	app.Compo
	Lang, LangSwitch    string
	ViewLabel, View     string
	ViewOptions         [3][2]string // value, label
	Copy, Reset, Notice string
	onView, onLang      app.EventHandler
	onCopy, onReset     app.EventHandler
}

func (b *toolbar) Render() app.UI {
	return app.Div().Class("toolbar").Body(
		app.Label().Class("view-switch").Body(
			app.Span().Text(b.ViewLabel),
			app.Select().DataSet("testid", "input-view").OnChange(b.onView).Body(
				app.Range(b.ViewOptions[:]).Slice(func(i int) app.UI {
					o := b.ViewOptions[i]
					opt := app.Option().Value(o[0]).Text(o[1])
					if o[0] == b.View {
						// Only then: go-app prerenders selected="false", which
						// an HTML parser reads as selected.
						opt = opt.Selected(true)
					}
					return opt
				}),
			),
		),
		app.Button().Type("button").DataSet("testid", "lang-switch").Lang(map[string]string{"fr": "en", "en": "fr"}[b.Lang]).
			OnClick(b.onLang).Text(b.LangSwitch),
		app.Button().Type("button").DataSet("testid", "copy-link").OnClick(b.onCopy).Text(b.Copy),
		app.Button().Type("button").DataSet("testid", "reset").OnClick(b.onReset).Text(b.Reset),
		app.Span().Class("notice").Aria("live", "polite").Text(b.Notice),
	)
}
