package main

// The page as an embed: the graphic an article frames.

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/roundcalc/roundcalc/app/text"
)

// levers are the sliders an embed shows; the full page lays out its own.
func (p *page) levers() []string {
	if !p.embed {
		return nil
	}
	return p.embedOpts.Levers
}

// renderEmbed is the graphic an article frames: its title, the blocks and
// sliders the editor chose (levers, show, title), and the credit line.
func (p *page) renderEmbed() app.UI {
	l := p.d.L
	o := p.embedOpts
	title := app.H1().Class("embed-title").Text(l.Title)
	if !o.Title {
		// title=0: the article has its own heading; the frame keeps one
		// for screen readers.
		title = title.Class("sr-only")
	}
	// The theme's class is in the prerendered page, so an embed never
	// flashes another theme before the program runs (web/app.css).
	return app.Div().Class("page embed", "rc-theme-"+o.Theme).Lang(p.lang).DataSet("start", p.startData).Body(app.Main().Body(
		title,
		app.P().Class("sr-only").Aria("live", "polite").DataSet("testid", "verdict-live").Text(p.liveVerdict),
		&updateBanner{Message: l.UpdateReady, Reload: l.UpdateReload},
		app.Range(o.Blocks).Slice(func(i int) app.UI { return p.embedBlock(l, o.Blocks[i]) }),
		app.Div().Class("error").Role("alert").DataSet("testid", "error").Text(p.errorText()),
		app.If(len(p.d.Levers) > 0, func() app.UI {
			return app.Section().Class("inputs", "embed-levers").Aria("label", attrText(l.SecLevers)).Body(p.inputs(p.d.Levers))
		}),
		app.P().Class("credit").DataSet("testid", "credit").Body(
			app.Text(l.EmbedCredit+" "),
			app.A().Href(attrText(p.fullLink)).Target("_blank").Rel("noopener").
				DataSet("testid", "open-full").Text(l.EmbedOpen),
		),
	))
}

// embedBlock is one block of an embed, by its show name.
func (p *page) embedBlock(l *text.Texts, b string) app.UI {
	switch b {
	case blockVerdict:
		return app.P().Class("verdict").DataSet("testid", "verdict").Text(p.d.Verdict)
	case blockFigures:
		return p.headline(l)
	case blockCaptable:
		return p.capTable(l)
	case blockExposure:
		return p.exposure(l)
	case blockRoutes:
		return p.routes(l, l.SecRoutes)
	case blockPay:
		return app.Div().Class("pay").Body(
			app.P().Class("verdict", "verdict-pay").DataSet("testid", "verdict-pay").Text(p.d.Pay.Sentence),
			app.If(p.d.Pay.Note != "", func() app.UI { return app.P().Class("note").Text(p.d.Pay.Note) }),
			p.chart("pay"))
	}
	if id := embedChart(b); id != "" {
		return p.chart(id)
	}
	return nil
}

// embedChart is the picture a block shows, "" for a block that is not one.
func embedChart(block string) string {
	switch block {
	case blockContributions, blockOwnership, blockPay, blockTime:
		return block
	case blockCollapse:
		return "exposure"
	}
	return ""
}

// embedShowsChart reports whether one of the embed's blocks shows picture id.
func (p *page) embedShowsChart(id string) bool {
	for _, b := range p.embedOpts.Blocks {
		if embedChart(b) == id {
			return true
		}
	}
	return false
}
