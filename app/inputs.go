package main

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/roundcalc/roundcalc/app/text"
	"github.com/roundcalc/roundcalc/model"
)

// inputContext is what every input's props are built from.
type inputContext struct {
	lang     string
	t        dict
	s, def   model.Scenario
	sources  map[string]model.Source
	hasParam map[string]bool // parameters the article's scenario has
	sparks   map[string]string
	o        model.Outcome // the figures shown, for hints that quote them
	weighted model.Outcome // the probability-weighted figures, for the odds' hint
	refused  []model.Error
	typed    map[string]string
}

func (c inputContext) unitText(param string) string {
	switch u, _ := model.UnitOf(param); u {
	case model.Percent:
		return c.t.UnitPct
	case model.Multiple:
		return c.t.UnitMult
	case model.Whole:
		return "" // a year; a count of years says so in its label
	}
	return c.t.UnitMoney
}

// props builds one slider-and-field's props.
func (c inputContext) props(param, label string) inputProps {
	v := paramValue(c.s, param)
	spec, id, _ := model.ParamOf(param)
	lo, hi := spec.Track(id)
	// A typed value off the track widens it, so the handle shows it.
	lo, hi = decimal.Min(lo, v), decimal.Max(hi, v)
	p := inputProps{
		Param:  param,
		Label:  label,
		Slider: v.String(),
		Field:  text.FieldText(c.lang, v),
		Min:    lo.String(),
		Max:    hi.String(),
		Step:   spec.Step.String(),
		Unit:   c.unitText(param),
		Spark:  c.sparks[param],
	}
	if src, ok := c.sources[param]; ok {
		p.Source = sourceTag{Tag: src.Tag, Legend: c.tagLegend(src.Tag), Text: src.Text, Quote: src.Quote}
	}
	for _, e := range c.refused {
		if e.Field == param {
			p.Refused = c.t.errorText(c.lang, c.s, e)
			// The field keeps the text the reader typed, when this refusal
			// is of that text (not of the address or a file).
			if typed, ok := c.typed[param]; ok && typed == e.Value {
				p.Typed = typed
			}
			break
		}
	}
	if c.hasParam[param] {
		def := paramValue(c.def, param)
		if !def.Equal(v) {
			p.Changed = true
			p.Restore = fmt.Sprintf(c.t.Restore, withUnit(c.lang, text.FieldText(c.lang, def), p.Unit))
		}
	}
	return p
}

// withUnit writes a value with its unit as each language does: "50 %" with
// a narrow no-break space in French, "50%" in English, "730 $B".
func withUnit(lang, v, unit string) string {
	switch {
	case unit == "":
		return v
	case unit == "%" && lang == "fr":
		return v + text.NNBSP + unit
	case unit == "%":
		return v + unit
	}
	return v + "\u00a0" + unit
}

func (c inputContext) tagLegend(tag string) string { return c.t.TagLegend(tag) }

// buildInputs fills the input sections of d.
func buildInputs(d *display, c inputContext) {
	t := c.t
	for _, param := range singles(model.SectionValuation) {
		in := c.props(param, t.fieldLabel(c.s, param))
		if param == ipoParam {
			in.Hint = c.ipoHint()
		}
		d.Valuations = append(d.Valuations, in)
	}
	for _, param := range singles(model.SectionCollapse) {
		d.Collapse = append(d.Collapse, c.props(param, t.fieldLabel(c.s, param)))
	}
	for _, param := range singles(model.SectionTies) {
		d.Ties = append(d.Ties, c.props(param, t.fieldLabel(c.s, param)))
	}
	for _, h := range c.s.Holders {
		d.Stakes = append(d.Stakes, c.props("s."+h.ID, t.HolderName(c.s, h.ID)))
	}
	for _, tr := range c.s.Tranches {
		b := trancheBlock{
			ID:        tr.ID,
			Title:     t.TrancheName(c.s, tr.ID),
			Status:    t.Conditional,
			Condition: tr.Condition,
			Date:      tr.Date,
			Added:     !c.hasParam["t."+tr.ID],
		}
		if v, ok := t.Condition(tr.ID); ok {
			b.Condition = v
		}
		if v, ok := t.Date(tr.ID); ok {
			b.Date = v
		}
		if src, ok := c.sources["condition."+tr.ID]; ok {
			b.CondSource = sourceTag{Tag: src.Tag, Legend: c.tagLegend(src.Tag), Text: src.Text, Quote: src.Quote}
		}
		if src, ok := c.sources["date."+tr.ID]; ok {
			b.DateSource = sourceTag{Tag: src.Tag, Legend: c.tagLegend(src.Tag), Text: src.Text, Quote: src.Quote}
		}
		if tr.Prob.Equal(one()) {
			b.Status = t.Firm
		}
		for _, kind := range families(model.SectionTranches) {
			label := t.kindLabel(kind)
			// Named with the tranche: four sliders called "Amount" would not tell a
			// screen reader which is which.
			in := c.props(kind+"."+tr.ID, fmt.Sprintf(t.InputOf, capitalise(label), b.Title))
			if kind == "q" {
				// A tranche's odds show only in the weighted figures: say them here.
				in.Hint = fmt.Sprintf(t.ProbHint, text.Money(c.lang, c.weighted.PostMoney))
			}
			if in.Param == mainTranche { // up front too
				d.Lever = append(d.Lever, in)
			}
			b.Inputs = append(b.Inputs, in)
		}
		d.Tranches = append(d.Tranches, b)
	}
	for _, param := range singles(model.SectionPay) {
		d.Pay.Lever = append(d.Pay.Lever, c.props(param, t.fieldLabel(c.s, param)))
	}
	for _, param := range singles(model.SectionRoutes) {
		d.RouteInputs = append(d.RouteInputs, c.props(param, t.fieldLabel(c.s, param)))
	}
	for _, ch := range c.s.Mix {
		d.RouteInputs = append(d.RouteInputs, c.props("mix."+ch.ID, t.fieldLabel(c.s, "mix."+ch.ID)))
	}
	for i, p := range c.s.Partners {
		for _, kind := range families(model.SectionTies) {
			in := c.props(kind+"."+p.ID, t.fieldLabel(c.s, kind+"."+p.ID))
			if kind == "commit" && !p.GW.IsZero() {
				// Nvidia is owed compute priced per GW, on top of any $B commitment.
				in.Hint = fmt.Sprintf(t.GWHint, text.Number(c.lang, p.GW, 2, false),
					text.Money(c.lang, c.s.PricePerGW), text.Money(c.lang, c.o.Partners[i].Compute))
			}
			d.Ties = append(d.Ties, in)
		}
	}
}

// ipoHint says what the IPO's valuation gives: its upside over the round,
// and Microsoft's stake valued at it, in the view shown.
func (c inputContext) ipoHint() string {
	worth := decimal.Zero
	for _, p := range c.o.Partners {
		if p.ID == model.Microsoft {
			worth = p.EquityIPO
		}
	}
	return fmt.Sprintf(c.t.IPOHint, text.SignedPercentOf(c.lang, c.o.UpsideIPO), text.Money(c.lang, worth))
}

// ipoParam is the IPO's valuation, whose effect its hint shows.
const ipoParam = "ipo"

// mainTranche is the tranche lever shown up front: whether Amazon's
// conditional 35 comes.
const mainTranche = "q." + model.TrancheAmazon2

// singles lists the parameters of a section that are not families, in the
// model's order.
func singles(sec model.Section) []string {
	var out []string
	for p := range model.Params() {
		if p.Section == sec && !p.Family {
			out = append(out, p.Name)
		}
	}
	return out
}

// families lists the families of a section (t, q, m, y for a tranche), in
// the model's order.
func families(sec model.Section) []string {
	var out []string
	for p := range model.Params() {
		if p.Section == sec && p.Family {
			out = append(out, p.Name)
		}
	}
	return out
}

func one() decimal.Decimal { return decimal.NewFromInt(1) }

func capitalise(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	return strings.ToUpper(string(r[0])) + string(r[1:])
}
