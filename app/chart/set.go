package chart

import (
	"github.com/roundcalc/roundcalc/app/text"
	"github.com/roundcalc/roundcalc/model"
)

// All draws the page's charts: who puts in what, whether OpenAI can pay,
// ownership, flows, exposure, timeline, the web of dependencies and the
// partners' years. It costs about as much as the rest of a
// slider tick (see BenchmarkCharts): the page calls it once the reader
// pauses, never from Render.
func All(lang string, t *text.Texts, s model.Scenario, r model.Results, view model.View) []Data {
	return append(append([]Data{contributionsChart(lang, t, s), payChart(lang, t, s, r, view)}, buildCharts(lang, t, s, r, view)...),
		webChart(lang, t, s, r, view), timeChart(lang, t, s, r, view))
}

// IDs are the charts' ids, in page order.
func IDs() []string {
	return []string{"contributions", "pay", "ownership", "flows", "exposure", "timeline", "web", "time"}
}

// Some draws the charts whose ids want lists, in page order: the page
// draws only those it shows (a folded section's wait until it opens).
func Some(lang string, t *text.Texts, s model.Scenario, r model.Results, view model.View, want func(id string) bool) []Data {
	draw := map[string]func() Data{
		"contributions": func() Data { return contributionsChart(lang, t, s) },
		"ownership":     func() Data { return ownershipChart(lang, t, s, r, view) },
		"flows":         func() Data { return flowsChart(lang, t, s, r, view) },
		"exposure":      func() Data { return exposureChart(lang, t, s, r, view) },
		"timeline":      func() Data { return timelineChart(lang, t, s, r, view) },
		"web":           func() Data { return webChart(lang, t, s, r, view) },
		"pay":           func() Data { return payChart(lang, t, s, r, view) },
		"time":          func() Data { return timeChart(lang, t, s, r, view) },
	}
	var out []Data
	for _, id := range IDs() {
		if want(id) {
			out = append(out, draw[id]())
		}
	}
	return out
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
