package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

type headlineProps struct {
	PostLabel, RaisedLabel, DilutionLabel string
	Post, Raised, Dilution                figure
	PostViews, RaisedViews, DilViews      string
	Implicit, PendingNote                 string
	PostSource, RaisedSource              sourceTag
	Answer                                bool // it answers the question shown: highlighted
}

// headline shows post-money, money raised and dilution in the chosen view,
// with the three views side by side underneath.
type headline struct {
	app.Compo
	D headlineProps
}

func (h *headline) Render() app.UI {
	h2 := app.Section().Class("headline")
	if h.D.Answer {
		h2 = h2.Class("answer")
	}
	return h2.Body(
		app.Div().Class("cards").Body(
			card(h.D.PostLabel, "post-money", h.D.Post, h.D.PostViews, h.D.PendingNote, h.D.PostSource),
			card(h.D.RaisedLabel, "raised", h.D.Raised, h.D.RaisedViews, h.D.PendingNote, h.D.RaisedSource),
			card(h.D.DilutionLabel, "dilution", h.D.Dilution, h.D.DilViews, h.D.PendingNote, sourceTag{}),
		),
		app.P().Class("implicit").Text(h.D.Implicit),
	)
}

func card(label, id string, f figure, views, pending string, src sourceTag) app.UI {
	return app.Div().Class("card").Body(
		app.Div().Class("card-label").Body(app.Text(label+" "), &sourceTag{Tag: src.Tag, Legend: src.Legend, Text: src.Text, Quote: src.Quote}),
		app.Div().Class("card-figure", "figure").DataSet("testid", id).DataSet("value", f.Value).
			DataSet("pending", pending).Text(f.Text),
		app.Div().Class("card-views").Text(views),
	)
}
