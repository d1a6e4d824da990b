package main

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/roundcalc/roundcalc/app/text"
	"github.com/roundcalc/roundcalc/model"
)

// dict is the page's texts in one language (package text), with the
// helpers below that combine them with the scenario.
type dict struct{ *text.Texts }

func texts(lang string) dict { return dict{text.For(lang)} }

// fieldLabel names a URL parameter in the reader's language.
func (d dict) fieldLabel(s model.Scenario, param string) string {
	if v, ok := d.Field(param); ok {
		return v
	}
	kind, id, ok := strings.Cut(param, ".")
	if !ok {
		return param
	}
	switch kind {
	case "s":
		return fmt.Sprintf(d.Of, d.HolderName(s, id), d.ColBefore)
	case "t":
		return fmt.Sprintf(d.Of, d.TrancheName(s, id), d.Amount)
	case "q":
		return fmt.Sprintf(d.Of, d.TrancheName(s, id), d.Prob)
	case "m":
		return fmt.Sprintf(d.Of, d.TrancheName(s, id), d.Mult)
	case "name": // named with its tranche: three refused names are three messages
		tranche := d.TrancheName(s, id)
		if n, added := model.AddedNumber(id); added && tranche == id {
			tranche = fmt.Sprintf(d.AddedDefault, n) // a tranche the scenario does not have yet
		}
		return fmt.Sprintf(d.Of, tranche, d.AddName)
	case "inv":
		return fmt.Sprintf(d.Of, d.HolderName(s, id), d.Invested)
	case "commit":
		return fmt.Sprintf(d.Of, d.HolderName(s, id), d.Commitments)
	case "cap":
		return fmt.Sprintf(d.Of, d.HolderName(s, id), d.Cap)
	case "y":
		return fmt.Sprintf(d.Of, d.TrancheName(s, id), d.Time.Year)
	case "years":
		return fmt.Sprintf(d.Of, d.HolderName(s, id), d.Time.Years)
	case "mix":
		return fmt.Sprintf(d.Of, d.Mix, d.Channel(id))
	}
	return param
}

// kindLabel names what a family's slider sets, after its tranche's or
// partner's name: "amount", "year paid".
func (d dict) kindLabel(kind string) string {
	switch kind {
	case "t":
		return d.Amount
	case "q":
		return d.Prob
	case "m":
		return d.Mult
	case "y":
		return d.Time.Year
	case "inv":
		return d.Invested
	case "commit":
		return d.Commitments
	case "cap":
		return d.Cap
	case "years":
		return d.Time.Years
	}
	return kind
}

// errorText localises a model error: it names the field, the value and the
// allowed range.
func (d dict) errorText(lang string, s model.Scenario, e model.Error) string {
	tmpl := d.ErrorTemplate(e.Code)
	minV, maxV := rangeText(lang, e.Field, e.Min), rangeText(lang, e.Field, e.Max)
	if e.Code == model.ErrFileSize || e.Code == model.ErrTooManyAdded {
		// Megabytes and a count of tranches, not the field's unit.
		minV, maxV = e.Min, e.Max
	}
	value := e.Value
	if len([]rune(value)) > 40 {
		value = string([]rune(value)[:40]) + "…"
	}
	if strings.HasPrefix(e.Field, "name.") {
		value = text.Isolate(value) // a reader's name moves no word of the message
	}
	return fmt.Sprintf(tmpl, d.fieldLabel(s, e.Field), e.Field, value, minV, maxV)
}

// rangeText shows a range bound in the field's unit.
func rangeText(lang, param, bound string) string {
	if bound == "" {
		return ""
	}
	u, ok := model.UnitOf(param)
	if d, err := decimal.NewFromString(bound); err == nil && u != model.Whole {
		bound = text.Number(lang, d, 10, false)
	}
	if !ok {
		return bound
	}
	switch u {
	case model.Whole: // a year or a count of years, never grouped: 2026
		return bound
	case model.Percent:
		if lang == "fr" {
			return bound + text.NNBSP + "%"
		}
		return bound + "%"
	case model.Multiple:
		return bound + "×"
	}
	if lang == "fr" {
		return bound + "\u00a0Md$"
	}
	return "$" + bound + "B"
}
