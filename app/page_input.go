package main

// What the reader's actions do to the page's scenario: every value goes
// through the model, which refuses what is out of range.

import (
	"net/url"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/roundcalc/roundcalc/app/text"
	"github.com/roundcalc/roundcalc/model"
)

// onInput applies one raw value from a slider or a typed field. A refused
// value marks its field, which keeps the reader's text (typed).
func (p *page) onInput(ctx app.Context, param, typed string) {
	p.notice = ""
	raw, ok := text.ParseTyped(p.lang, typed)
	if !ok {
		p.refuseTyped(param, typed, []model.Error{typedFormError(param, typed)})
		return
	}
	if id, ok := strings.CutPrefix(param, "mix."); ok {
		p.onMix(ctx, param, id, raw, typed)
		return
	}
	next, problems := model.ParseQuery(p.scenario, url.Values{param: {raw}})
	if len(problems) > 0 {
		p.refuseTyped(param, typed, problems)
		return
	}
	p.applied(ctx, next)
}

// typedFormError refuses a number typed in a form the page's language does
// not read without a guess, with the field's range.
func typedFormError(param, typed string) model.Error {
	e := model.Error{Code: text.TypedForm, Field: param, Value: typed}
	if spec, _, ok := model.ParamOf(param); ok {
		e.Min, e.Max = spec.Min.String(), spec.Max.String()
	}
	return e
}

// asTyped shows the reader's own text in the refusals of what they typed
// (1 000,5, not the 1000.5 the model read).
func asTyped(problems []model.Error, typed map[string]string) []model.Error {
	out := append([]model.Error(nil), problems...)
	for i, e := range out {
		if v, ok := typed[e.Field]; ok {
			out[i].Value = v
		}
	}
	return out
}

// applied follows the model's answer on a scenario: the figures change, or
// the refusal shows (the marks beside the fields with it).
func (p *page) applied(ctx app.Context, next model.Scenario) {
	p.typed = nil
	if p.apply(next) {
		p.changed(ctx)
		return
	}
	p.rebuild()
}

// refuseTyped shows why a typed value was refused, in the error region and
// beside its field.
func (p *page) refuseTyped(param, typed string, problems []model.Error) {
	p.typed = map[string]string{param: typed}
	p.refused = asTyped(problems, p.typed)
	p.rebuild()
}

// replayEarly tells the script that ran before the program
// (web/pending.js) that the page is in: it presses again, on the page's
// own controls, what the reader moved, typed and pressed before.
func (p *page) replayEarly() {
	if started := app.Window().Get("roundcalcStarted"); started.Type() == app.TypeFunction {
		started.Invoke()
	}
}

// onMix moves one channel of the revenue mix; the others give way in
// proportion to their shares (model.SetMix) so the mix stays at 100 %.
func (p *page) onMix(ctx app.Context, param, id, raw, typed string) {
	v, problem := model.ParseValue(param, raw)
	if problem != nil {
		p.refuseTyped(param, typed, []model.Error{*problem})
		return
	}
	p.applied(ctx, p.scenario.SetMix(id, v))
}

// onRestore puts the article's value of param back.
func (p *page) onRestore(ctx app.Context, param string) {
	p.notice = ""
	v, ok := p.article.Value(param)
	if !ok {
		return
	}
	if id, isMix := strings.CutPrefix(param, "mix."); isMix {
		if p.apply(p.scenario.SetMix(id, v.Shift(-2))) {
			p.changed(ctx)
		}
		return
	}
	next, problems := p.scenario.With(param, v)
	if len(problems) > 0 {
		p.refused = problems
		return
	}
	if p.apply(next) {
		p.changed(ctx)
	}
}

func (p *page) onView(ctx app.Context, e app.Event) {
	if v, problems := model.ParseView(ctx.JSSrc().Get("value").String()); len(problems) == 0 {
		p.view = v
		p.changed(ctx)
	}
}

func (p *page) onLang(ctx app.Context, e app.Event) {
	p.lang = p.t.OtherLang
	p.langExplicit = true
	p.t = texts(p.lang)
	p.sources = localSources(p.t)
	p.sourceRows = sourceRows(p.t, p.scenario, p.sources)
	p.presets = presetRows(p.lang, p.t, p.linkLang())
	p.notice = ""
	p.headWords(ctx)
	p.changed(ctx)
}

func (p *page) onReset(ctx app.Context, e app.Event) {
	p.notice = ""
	p.apply(model.Default())
	p.changed(ctx)
}

// onAddTranche adds a reader's tranche with the next free id (x1, x2…).
func (p *page) onAddTranche(ctx app.Context, name, amount, prob string) {
	n := 1
	for _, t := range p.scenario.Tranches {
		if id, ok := strings.CutPrefix(t.ID, "x"); ok {
			if k, err := strconv.Atoi(id); err == nil && k >= n {
				n = k + 1
			}
		}
	}
	id := "x" + strconv.Itoa(n)
	q := url.Values{"name." + id: {strings.TrimSpace(name)}}
	typed := map[string]string{"t." + id: amount, "q." + id: prob}
	var problems []model.Error
	for param, v := range typed {
		if raw, ok := text.ParseTyped(p.lang, v); ok {
			q.Set(param, raw)
		} else {
			problems = append(problems, typedFormError(param, v))
		}
	}
	next := p.scenario
	if len(problems) == 0 {
		next, problems = model.ParseQuery(p.scenario, q)
	}
	if len(problems) > 0 {
		p.refused = asTyped(problems, typed)
		return
	}
	if p.apply(next) {
		p.changed(ctx)
	}
}

func (p *page) onRemoveTranche(ctx app.Context, id string) {
	s := p.scenario
	s.Tranches = nil
	next := "" // the tranche after the removed one, where focus goes
	for i, t := range p.scenario.Tranches {
		if t.ID != id {
			s.Tranches = append(s.Tranches, t)
		} else if i+1 < len(p.scenario.Tranches) {
			next = p.scenario.Tranches[i+1].ID
		}
	}
	if p.apply(s) {
		p.changed(ctx)
		// The "Remove" button that had focus is gone: keep the reader's
		// place, on the next tranche's heading or else on the form that adds
		// one, once the page shows the change.
		// (On the page's own context: the card whose button was clicked may be
		// gone, and its deferred work with it.)
		p.own.Defer(func(ctx app.Context) { focusAfterRemove(next) })
	}
}

// focusAfterRemove puts focus on the next tranche's heading, or on the
// add-a-tranche form (its first field, or its fold in a compact frame).
func focusAfterRemove(next string) {
	doc := app.Window().Get("document")
	var targets []string
	if next != "" {
		targets = append(targets, `[data-testid="tranche-`+next+`"] h3`)
	}
	targets = append(targets, `[data-testid="add-name"]`, `.add-folded > summary`)
	for _, sel := range targets {
		if el := doc.Call("querySelector", sel); el.Truthy() {
			el.Call("focus")
			if doc.Get("activeElement").Equal(el) {
				return
			}
		}
	}
}

// onImport applies a scenario file, all of it or nothing: the model refuses
// the whole file when one field is refused, and names each.
func (p *page) onImport(ctx app.Context, data []byte) {
	p.notice = ""
	next, problems := model.ParseJSON(p.scenario, data)
	collectNow() // the file's bytes, read: up to 1 MB of garbage at once
	if len(problems) > 0 {
		p.refuseImport(problems)
		return
	}
	if p.apply(next) {
		p.changed(ctx)
	}
}

// onImportRefused is a file the page would not read (too large).
func (p *page) onImportRefused(ctx app.Context, problem model.Error) {
	p.refuseImport([]model.Error{problem})
}

func (p *page) refuseImport(problems []model.Error) {
	p.refused = problems
	p.notice = p.t.ImportRefused
	p.rebuild() // no field keeps a mark of an earlier refusal
}
