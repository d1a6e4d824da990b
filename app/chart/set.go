package chart

import (
	"github.com/roundcalc/roundcalc/app/text"
	"github.com/roundcalc/roundcalc/model"
)

// All draws the page's six charts: who puts in what, ownership, flows, exposure, timeline
// and the web of dependencies. It costs about as much as the rest of a
// slider tick (see BenchmarkCharts): the page calls it once the reader
// pauses, never from Render.
func All(lang string, t *text.Texts, s model.Scenario, r model.Results, view model.View) []Data {
	return append(append([]Data{contributionsChart(lang, t, s)}, buildCharts(lang, t, s, r, view)...), webChart(lang, t, s, r, view))
}

// buildCharts draws the ownership, flows, exposure and timeline charts, in
// page order.
func buildCharts(lang string, t *text.Texts, s model.Scenario, r model.Results, view model.View) []Data {
	return []Data{
		ownershipChart(lang, t, s, r, view),
		flowsChart(lang, t, s, r, view),
		exposureChart(lang, t, s, r, view),
		timelineChart(lang, t, s, r, view),
	}
}
