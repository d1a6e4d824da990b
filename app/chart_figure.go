package main

import (
	"slices"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/roundcalc/roundcalc/app/chart"
)

// chartFigure shows one chart: its caption, the SVG (a wide and a narrow
// layout; web/app.css shows the one that suits the container's
// width), its data as a table in a <details>, and a button that saves the
// SVG as a file. Data comes ready from ownershipChart & co., built once per
// input change; Render only lays it out.
type chartFigure struct {
	app.Compo
	Data                      chart.Data
	DownloadLabel, TableLabel string
	Answer                    bool // it answers the question shown: highlighted
}

func (c *chartFigure) Render() app.UI {
	d := c.Data
	fig := app.Figure().Class("chart")
	if c.Answer {
		fig = fig.Class("answer")
	}
	return fig.DataSet("testid", "chart-"+d.ID).Body(
		app.FigCaption().Class("chart-caption").Body(
			app.Strong().Class("chart-title").Text(d.Title),
			app.Span().Class("chart-desc").Text(d.Desc),
		),
		app.Div().Class("chart-svg", "chart-wide").Body(app.Raw(strings.TrimSpace(d.SVG))),
		app.If(d.Narrow != "", func() app.UI {
			return app.Div().Class("chart-svg", "chart-narrow").Body(app.Raw(strings.TrimSpace(d.Narrow)))
		}),
		app.Div().Class("chart-tools").Body(
			app.If(len(d.Table) > 0, func() app.UI {
				return app.Details().Class("chart-data").Body(
					app.Summary().Text(c.TableLabel),
					app.Div().Class("scroll").Body(app.Table().Class("figures", "stack").Body(
						app.Caption().Class("chart-table-caption").Text(d.Title),
						app.THead().Body(app.Tr().Body(
							app.Range(d.Table[0]).Slice(func(i int) app.UI {
								return app.Th().Scope("col").Text(d.Table[0][i])
							}),
						)),
						app.TBody().Body(app.Range(d.Table[1:]).Slice(func(i int) app.UI {
							row := d.Table[1+i]
							return app.Tr().Body(app.Range(row).Slice(func(j int) app.UI {
								if j == 0 {
									return app.Th().Scope("row").Text(row[j])
								}
								return app.Td().Class("figure").DataSet("label", cellLabel(d.Table[0], j)).Text(row[j])
							}))
						})),
					)),
				)
			}),
			app.Button().Type("button").Class("chart-download").DataSet("testid", "download-"+d.ID).
				Aria("label", attrText(c.DownloadLabel+" — "+d.Title)).Text(c.DownloadLabel).OnClick(c.onDownload),
		),
	)
}

// onDownload saves the wide layout as a standalone SVG file.
func (c *chartFigure) onDownload(ctx app.Context, e app.Event) {
	if c.Data.SVG == "" {
		return
	}
	download(c.Data.File, "image/svg+xml", c.Data.Standalone())
}

// cellLabel is column j's heading, shown beside each cell on a phone.
func cellLabel(head []string, j int) string {
	if j < len(head) {
		return head[j]
	}
	return ""
}

// chartSame reports whether two drawings of a picture are the same: a
// redraw that changes none leaves the page as it is.
func chartSame(a, b chart.Data) bool {
	return a.ID == b.ID && a.SVG == b.SVG && a.Narrow == b.Narrow && a.Title == b.Title && a.Desc == b.Desc &&
		a.File == b.File && slices.EqualFunc(a.Table, b.Table, slices.Equal)
}
