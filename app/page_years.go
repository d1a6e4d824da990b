package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/roundcalc/roundcalc/app/text"
)

// payStory is "can OpenAI pay?" in the story, after who puts in what: the
// sentence, the picture and revenue growth beside it.
func (p *page) payStory(l *text.Texts) app.UI {
	return app.Section().Class("pay").Body(
		app.H2().Text(l.Time.PayHeading),
		app.P().Class("verdict", "verdict-pay").DataSet("testid", "verdict-pay").Text(p.d.Pay.Sentence),
		app.If(p.d.Pay.Note != "", func() app.UI { return app.P().Class("note").Text(p.d.Pay.Note) }),
		app.Div().Class("inputs", "pay-levers").Body(p.inputs(p.d.Pay.Lever)),
		p.chart("pay"),
	)
}

// yearsFold is the time section's body: the partners' picture and every
// year as a table.
func (p *page) yearsFold(l *text.Texts) app.UI {
	tx := &l.Time
	return app.Div().Body(
		app.If(p.d.Years.Note != "", func() app.UI { return app.P().Class("note").Text(p.d.Years.Note) }),
		p.chart("time"),
		&yearsTable{Y: p.d.Years, L: yearsLabels{OpenAI: tx.TimeSummary, Year: tx.TimeColYear,
			Revenue: tx.ColRevenue, Owed: tx.ColOwed, Cash: tx.ColCash,
			Short: tx.ColShortYear, Peak: tx.ColPeak, Cover: tx.ColCover,
			In: tx.ColIn, Out: tx.ColOut, Cum: tx.ColCum, Payback: tx.ColPayback}},
	)
}
