package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/shopspring/decimal"
)

// page is the calculator page. It owns the scenario; PLACEHOLDER until the
// calculator lands: a pre-money slider and the post-money figure.
type page struct {
	app.Compo
	pre decimal.Decimal
}

func newPage() app.Composer { return &page{pre: decimal.NewFromInt(730)} }

func (p *page) OnPreRender(ctx app.Context) { p.readURL(ctx) }
func (p *page) OnNav(ctx app.Context)       { p.readURL(ctx) }

func (p *page) readURL(ctx app.Context) {
	if v, err := decimal.NewFromString(ctx.Page().URL().Query().Get("pre")); err == nil && v.GreaterThanOrEqual(decimal.NewFromInt(1)) && v.LessThanOrEqual(decimal.NewFromInt(10000)) {
		p.pre = v
	}
}

func (p *page) Render() app.UI {
	post := p.pre.Add(decimal.NewFromInt(110))
	return app.Main().Body(
		app.H1().Text("roundcalc"),
		app.Input().Type("range").Min(1).Max(10000).Step(5).Value(p.pre.String()).
			DataSet("testid", "input-pre").
			OnInput(func(ctx app.Context, e app.Event) {
				if v, err := decimal.NewFromString(ctx.JSSrc().Get("value").String()); err == nil {
					p.pre = v
				}
			}),
		app.P().Body(
			app.Text("Post-money: "),
			app.Span().DataSet("testid", "post-money").DataSet("value", post.StringFixed(10)).Text(post.String()),
		),
	)
}
