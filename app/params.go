package main

import (
	"strings"

	"github.com/roundcalc/roundcalc/model"
	"github.com/shopspring/decimal"
)

// unit is how an input's URL value reads.
type unit int

const (
	unitMoney unit = iota
	unitPercent
	unitMultiple
	unitText
)

// unitOf tells the unit of a URL parameter.
func unitOf(param string) unit {
	kind, _, _ := strings.Cut(param, ".")
	switch kind {
	case "haircut", "unpaid", "s", "q", "share", "mix":
		return unitPercent
	case "m":
		return unitMultiple
	case "name":
		return unitText
	}
	return unitMoney
}

// sliderSpec is a slider's range and step (steps: pre, ipo 5; t, inv 0.5;
// s 0.1; m 0.05; commit, cap 10; gw, rev and every percentage 1). Typed values
// may be finer than the step: the model keeps them exactly. A browser snaps
// a range input to min + k × step, so where the allowed minimum is not a
// multiple of the step (pre, ipo from 1; cap from 1) the slider starts at
// the first multiple: 900 stays 900 instead of 901, and the smaller
// allowed values remain a typed field away.
type sliderSpec struct{ min, max, step string }

func specOf(param string) sliderSpec {
	kind, _, _ := strings.Cut(param, ".")
	switch kind {
	case "pre":
		return sliderSpec{"5", "10000", "5"}
	case "ipo":
		return sliderSpec{"5", "100000", "5"}
	case "gw":
		return sliderSpec{"0", "200", "1"}
	case "rev":
		return sliderSpec{"0", "1000", "1"}
	case "share":
		return sliderSpec{"0", "50", "1"}
	case "s":
		return sliderSpec{"0", "100", "0.1"}
	case "t", "inv":
		return sliderSpec{"0", "1000", "0.5"}
	case "m":
		return sliderSpec{"0.1", "10", "0.05"}
	case "commit":
		return sliderSpec{"0", "5000", "10"}
	case "cap":
		return sliderSpec{"10", "100000", "10"}
	}
	return sliderSpec{"0", "100", "1"} // every other percentage
}

// paramValue reads a scenario's input in its URL unit (percent for
// fractions), so sliders and fields show what a link would carry.
func paramValue(s model.Scenario, param string) decimal.Decimal {
	pct := func(d decimal.Decimal) decimal.Decimal { return d.Mul(hundred()) }
	kind, id, _ := strings.Cut(param, ".")
	switch kind {
	case "pre":
		return s.PreMoney
	case "ipo":
		return s.IPO
	case "haircut":
		return pct(s.Haircut)
	case "unpaid":
		return pct(s.Unpaid)
	case "gw":
		return s.PricePerGW
	case "rev":
		return s.Revenue
	case "share":
		return pct(s.RevShare)
	case "s":
		for _, h := range s.Holders {
			if h.ID == id {
				return pct(h.Before)
			}
		}
	case "t", "q", "m":
		for _, t := range s.Tranches {
			if t.ID == id {
				switch kind {
				case "t":
					return t.Amount
				case "q":
					return pct(t.Prob)
				}
				return t.Multiple
			}
		}
	case "inv", "commit", "cap":
		for _, p := range s.Partners {
			if p.ID == id {
				switch kind {
				case "inv":
					return p.Invested
				case "commit":
					return p.Commit
				}
				return p.MarketCap
			}
		}
	case "mix":
		for _, c := range s.Mix {
			if c.ID == id {
				return pct(c.Share)
			}
		}
	}
	return decimal.Zero
}

// isScenarioParam tells the page's own parameters from those it must keep
// untouched when it rewrites the address (Pym.js adds its own).
func isScenarioParam(name string) bool {
	switch name {
	case "pre", "ipo", "haircut", "unpaid", "gw", "rev", "share", "view", "lang", "embed":
		return true
	}
	kind, _, ok := strings.Cut(name, ".")
	if !ok {
		return false
	}
	switch kind {
	case "s", "t", "q", "m", "name", "inv", "commit", "cap", "mix":
		return true
	}
	return false
}
