package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/roundcalc/roundcalc/model"
)

// addTrancheForm lets a reader add new money from another investor. What is
// being typed is the form's own state (unexported), so a re-render of the
// page does not wipe it.
type addTrancheForm struct {
	app.Compo
	Title, NameLabel, AmountLabel, ProbLabel, Button string
	onAdd                                            func(ctx app.Context, name, amount, prob string)

	name, amount, prob string
}

func (f *addTrancheForm) OnInit() { f.amount, f.prob = "10", "100" }

func (f *addTrancheForm) Render() app.UI {
	return app.Form().Class("add-tranche").OnSubmit(f.submit).Body(
		app.H4().Text(f.Title),
		app.Label().Body(app.Span().Text(f.NameLabel),
			app.Input().Type("text").MaxLength(model.MaxNameLen).Required(true).DataSet("testid", "add-name").
				Value(f.name).OnInput(f.ValueTo(&f.name))),
		app.Label().Body(app.Span().Text(f.AmountLabel),
			app.Input().Type("text").Attr("inputmode", "decimal").DataSet("testid", "add-amount").
				Value(f.amount).OnInput(f.ValueTo(&f.amount))),
		app.Label().Body(app.Span().Text(f.ProbLabel),
			app.Input().Type("text").Attr("inputmode", "decimal").DataSet("testid", "add-prob").
				Value(f.prob).OnInput(f.ValueTo(&f.prob))),
		app.Button().Type("submit").DataSet("testid", "add-tranche").Text(f.Button),
	)
}

func (f *addTrancheForm) submit(ctx app.Context, e app.Event) {
	e.PreventDefault()
	if f.onAdd != nil {
		f.onAdd(ctx, f.name, f.amount, f.prob)
	}
	f.name = ""
}
