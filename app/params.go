package main

import (
	"github.com/roundcalc/roundcalc/model"
	"github.com/shopspring/decimal"
)

// isOwnParam tells the page's own parameters (the scenario's, and the view,
// language and embed switches) from those it must keep untouched when it
// rewrites the address (Pym.js adds its own).
func isOwnParam(name string) bool {
	switch name {
	case "view", "lang", "embed":
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

// articlePartners are the article's figures for each partner, for the
// texts that quote the article while the reader keeps its values.
func articlePartners() map[string]model.Partner {
	out := map[string]model.Partner{}
	for _, p := range model.Default().Partners {
		out[p.ID] = p
	}
	return out
}

// paramsOf lists the inputs a scenario has, by URL parameter name.
func paramsOf(s model.Scenario) map[string]bool {
	out := map[string]bool{}
	for _, name := range s.Names() {
		out[name] = true
	}
	return out
}
