package chart

import (
	"github.com/roundcalc/roundcalc/app/text"
	"github.com/roundcalc/roundcalc/model"
)

// The page draws its lines through drawSensitivityLines, one per browser task;
// these draw them at once, for the tests.

// sensitivityLines draws every sensitivity line of s, keyed by parameter.
func sensitivityLines(lang string, s model.Scenario, view model.View) map[string]string {
	out := map[string]string{}
	r, errs := model.Compute(s)
	if len(errs) > 0 {
		return out
	}
	tx := &text.For(lang).Chart
	for _, p := range SensitivityParams(s) {
		if svg := Sparkline(lang, tx, s, r, view, p); svg != "" {
			out[p] = svg
		}
	}
	return out
}

// sensitivityLine draws a sparkline for a slider: how the figure that slider
// drives most moves across the slider's whole range, with a marker at the
// current value. pre → post-money; ipo → Microsoft's equity at the IPO;
// haircut, unpaid → the four partners' loss in a collapse; gw → Nvidia's
// net flow; q.<tranche> → post-money in the expected view (the only view a
// probability moves). Other params, or a slider that cannot move (every
// other position invalid), give "".
func sensitivityLine(lang string, s model.Scenario, view model.View, param string) string {
	if _, ok := chartSensSpec(param, view); !ok {
		return ""
	}
	r, errs := model.Compute(s)
	if len(errs) > 0 {
		return ""
	}
	return Sparkline(lang, &text.For(lang).Chart, s, r, view, param)
}
