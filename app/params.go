package main

import (
	"github.com/shopspring/decimal"

	"github.com/roundcalc/roundcalc/model"
)

// isOwnParam tells the page's own parameters (the scenario's, and the view,
// language and embed switches) from those it must keep untouched when it
// rewrites the address (Pym.js adds its own). The open sections are the
// page's too: it writes them back as they are.
func isOwnParam(name string) bool {
	switch name {
	case "view", "lang", "embed", "open":
		return true
	}
	return model.IsParam(name)
}

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
