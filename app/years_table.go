package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// yearsTable shows the years as tables: OpenAI's revenue, what it owes and
// its cash, with the short year, the peak need and the cover year; then,
// per partner, its money in, back and cumulative, with its payback year.
type yearsTable struct {
	app.Compo
	Y yearsView
	L yearsLabels
}

// yearsLabels are the tables' headings.
type yearsLabels struct {
	OpenAI, Year, Revenue, Owed, Cash string
	Short, Peak, Cover                string
	In, Out, Cum, Payback             string
}

func (x *yearsTable) Render() app.UI {
	y, l := x.Y, x.L
	return app.Div().Class("years").Body(
		app.Dl().Class("years-summary").Body(
			app.Dt().Text(l.Short), app.Dd().Class("figure").DataSet("testid", "short-year").DataSet("value", y.Short.Value).Text(y.Short.Text),
			app.Dt().Text(l.Peak), app.Dd().Class("figure").DataSet("testid", "peak-need").DataSet("value", y.Peak.Value).Text(y.Peak.Text),
			app.Dt().Text(l.Cover), app.Dd().Class("figure").DataSet("testid", "cover-year").DataSet("value", y.Cover.Value).Text(y.Cover.Text),
		),
		app.Div().Class("scroll").Body(app.Table().Class("figures", "stack").Body(
			app.Caption().Text(l.OpenAI),
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Text(l.Year), app.Th().Scope("col").Text(l.Revenue),
				app.Th().Scope("col").Text(l.Owed), app.Th().Scope("col").Text(l.Cash),
			)),
			app.TBody().Body(app.Range(y.OpenAI).Slice(func(i int) app.UI {
				r := y.OpenAI[i]
				return app.Tr().Body(
					app.Th().Scope("row").Text(r.Year),
					hookCell(l.Revenue, "revenue-"+r.Year, r.Revenue),
					hookCell(l.Owed, "owed-"+r.Year, r.Owed),
					hookCell(l.Cash, "cash-"+r.Year, r.Cash),
				)
			})),
		)),
		app.Range(y.Partners).Slice(func(i int) app.UI {
			p := y.Partners[i]
			return app.Div().Class("scroll").Body(app.Table().Class("figures", "stack").Body(
				app.Caption().Body(app.Span().Class("swatch", "h-"+p.ID), app.Text(p.Name+" — "+l.Payback+" "),
					app.Span().DataSet("testid", "payback-"+p.ID).DataSet("value", p.Payback.Value).Text(p.Payback.Text)),
				app.THead().Body(app.Tr().Body(
					app.Th().Scope("col").Text(l.Year), app.Th().Scope("col").Text(l.In),
					app.Th().Scope("col").Text(l.Out), app.Th().Scope("col").Text(l.Cum),
				)),
				app.TBody().Body(app.Range(y.Years).Slice(func(j int) app.UI {
					yr := y.Years[j]
					return app.Tr().Body(
						app.Th().Scope("row").Text(yr),
						hookCell(l.In, "flow-in-"+p.ID+"-"+yr, p.In[j]),
						hookCell(l.Out, "flow-out-"+p.ID+"-"+yr, p.Out[j]),
						hookCell(l.Cum, "cum-"+p.ID+"-"+yr, p.Cum[j]),
					)
				})),
			))
		}),
	)
}

// hookCell is a figure's cell: its column named for a phone, its hook.
func hookCell(label, testid string, f figure) app.UI {
	return app.Td().Class("figure").DataSet("label", label).DataSet("testid", testid).DataSet("value", f.Value).Text(f.Text)
}
