package main

import (
	"slices"

	"github.com/shopspring/decimal"

	"github.com/roundcalc/roundcalc/model"
)

// isOwnParam tells the page's own parameters (the scenario's, and the view,
// language and embed switches) from those it must keep untouched when it
// rewrites the address (Pym.js adds its own). The open sections are the
// page's too: it writes them back as they are.
func isOwnParam(name string) bool {
	return name == paramView || slices.Contains(layoutParams(), name) || model.IsParam(name)
}

// The page's parameters beyond the model's: the closing view, the
// language, the embed layout.
const (
	paramView  = "view"
	paramLang  = "lang"
	paramEmbed = "embed"
)

// layoutParams are the page's parameters that change no figure: the
// language, the layout and the open sections.
func layoutParams() []string { return []string{paramLang, paramEmbed, "open"} }

// paramValue reads a scenario's input in its URL unit (percent for
// fractions), so sliders and fields show what a link would carry; zero when
// the scenario has no such input.
func paramValue(s model.Scenario, param string) decimal.Decimal {
	v, _ := s.Value(param)
	return v
}

// paramsOf lists the inputs a scenario has, by URL parameter name.
func paramsOf(s model.Scenario) map[string]bool {
	out := map[string]bool{}
	for _, name := range s.Names() {
		out[name] = true
	}
	return out
}
