package main

import "github.com/roundcalc/roundcalc/model"

// buildCharts draws four of the page's five charts, in page order:
// ownership, flows, exposure, timeline (the fifth, the web of dependencies,
// is webChart, which drawCharts appends). It is cheap (well under a
// millisecond natively, see BenchmarkCharts): call it with the other
// figures on every accepted input change or view change, not from Render.
func buildCharts(lang string, t dict, s model.Scenario, r model.Results, view model.View) []chartData {
	return []chartData{
		ownershipChart(lang, t, s, r, view),
		flowsChart(lang, t, s, r, view),
		exposureChart(lang, t, s, r, view),
		timelineChart(lang, t, s, r, view),
	}
}
