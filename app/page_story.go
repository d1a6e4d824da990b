package main

import (
	"net/url"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/roundcalc/roundcalc/model"
)

// onToggle opens or closes a folded section; the address keeps it.
func (p *page) onToggle(ctx app.Context, id string) {
	if p.open == nil {
		p.open, p.openAsked = map[string]bool{}, map[string]bool{}
	}
	p.open[id] = !p.open[id]
	p.openAsked[id] = p.open[id]
	if p.open[id] {
		p.rebuild()    // its figures: a closed section's are not built
		p.drawCharts() // its pictures; a closed section's are not shown
	}
	p.scheduleURL(ctx)
	p.reportHeight(ctx)
}

// openAll opens every folded section, for printing.
func (p *page) openAll() {
	if p.open == nil {
		p.open = map[string]bool{}
	}
	for _, id := range sectionIDs() {
		p.open[id] = true // for the printout only: the address stays as it is
	}
	p.rebuild()
	p.drawCharts()
}

// onPreset loads a question's link the way the page loads any address,
// without a reload; the sections the reader had open stay open.
func (p *page) onPreset(ctx app.Context, id, href string) {
	ref, err := url.Parse(href)
	if err != nil {
		return
	}
	was, asked := p.open, p.openAsked
	u := ctx.Page().URL().ResolveReference(ref)
	p.load(u, app.Window().Get("navigator").Get("language").String())
	for k, v := range was {
		p.open[k] = p.open[k] || v
	}
	for k, v := range asked {
		p.openAsked[k] = p.openAsked[k] || v
	}
	p.drawCharts() // those of the sections kept open
	p.preset = id
	p.notice = ""
	p.afterLoad(ctx)
	p.changed(ctx)
	p.showAnswer()
}

// showAnswer brings the question's answer, highlighted, into view once it
// is on the page (an opened section's included); smoothly unless the
// reader asks for less motion.
func (p *page) showAnswer() {
	if p.own.Context == nil {
		return
	}
	p.own.Defer(func(app.Context) {
		el := app.Window().Get("document").Call("querySelector", ".page .answer")
		if !el.Truthy() {
			return
		}
		behavior := "smooth"
		if app.Window().Call("matchMedia", "(prefers-reduced-motion: reduce)").Get("matches").Bool() {
			behavior = "auto"
		}
		el.Call("scrollIntoView", map[string]any{"block": "start", "behavior": behavior})
	})
}

// onPresetBack goes back to the article's figures.
func (p *page) onPresetBack(ctx app.Context) {
	p.preset = ""
	p.notice = ""
	p.view = model.ViewAll
	p.apply(model.Default())
	p.changed(ctx)
}

// hookPrint opens every section before the browser prints the page.
func (p *page) hookPrint() {
	if p.printHooked || p.embed {
		return
	}
	p.printHooked = true
	app.Window().Call("addEventListener", "beforeprint", app.FuncOf(func(app.Value, []app.Value) any {
		p.own.Dispatch(func(ctx app.Context) { p.openAll() })
		return nil
	}))
}

// fold is a folded section: a heading whose button opens it, and a body
// rendered only while it is open.
func (p *page) fold(id, title string, body func() app.UI) app.UI {
	open := p.open[id]
	sec := app.Section().Class("fold")
	if p.d.Answer == id {
		sec = sec.Class("answer")
	}
	return sec.DataSet("section", id).Body(
		app.H2().Class("fold-head").Body(
			app.Button().Type("button").Class("fold-toggle").ID("fold-"+id+"-toggle").
				Aria("expanded", open).Aria("controls", "fold-"+id).DataSet("testid", "toggle-"+id).
				OnClick(func(ctx app.Context, e app.Event) { p.onToggle(ctx, id) }).Text(title),
		),
		app.Div().ID("fold-"+id).Class("fold-body").Body(app.If(open, body)),
	)
}

// withoutLever drops the tranche lever shown up front from a card's inputs.
func withoutLever(in []inputProps) []inputProps {
	var out []inputProps
	for _, v := range in {
		if v.Param != mainTranche {
			out = append(out, v)
		}
	}
	return out
}
