package main

import (
	"sort"
	"strings"

	"github.com/roundcalc/roundcalc/model"
)

// The page's folded sections, in page order. Each is closed until the
// reader opens it, the address carries one of its parameters or the open
// parameter names it; a closed section's body is not rendered at all.
const (
	secContext  = "context" // the round in perspective: figures and the valuation's timeline
	secStakes   = "stakes"
	secTranches = "tranches"
	secTies     = "ties"
	secCollapse = "collapse"
	secRoutes   = "routes"
	secRoles    = "roles"
	secWeb      = "web"
	secTime     = "time" // the partners' years
	secSources  = "sources"
)

func sectionIDs() []string {
	return []string{secContext, secStakes, secTranches, secTies, secCollapse, secTime, secRoutes, secRoles, secWeb, secSources}
}

// sectionOfParam is the folded section that shows a URL parameter's slider,
// from the model's table; "" for the main levers, shown up front.
func sectionOfParam(name string) string {
	if name == mainTranche {
		return ""
	}
	if strings.HasPrefix(name, "name.") {
		return secTranches
	}
	spec, _, ok := model.ParamOf(name)
	if !ok || spec.Section == model.SectionValuation || spec.Section == model.SectionPay {
		return ""
	}
	return string(spec.Section)
}

// openSections reads the sections a query opens: those the open parameter
// names (a comma list of ids, or all), asked, and those and the sections of
// the parameters it carries, open. Only the asked ones go back into the
// address: the others open again from their parameters.
func openSections(q map[string][]string) (open, asked map[string]bool) {
	known := map[string]bool{}
	for _, id := range sectionIDs() {
		known[id] = true
	}
	open, asked = map[string]bool{}, map[string]bool{}
	for _, v := range q["open"] {
		for _, id := range strings.Split(v, ",") {
			id = strings.TrimSpace(id)
			if id == "all" {
				for k := range known {
					open[k], asked[k] = true, true
				}
			} else if known[id] {
				open[id], asked[id] = true, true
			}
		}
	}
	for name := range q {
		if sec := sectionOfParam(name); known[sec] {
			open[sec] = true
		}
	}
	return open, asked
}

// openParam is the open parameter for a set of open sections: all, a
// sorted comma list, or "" when none is open.
func openParam(open map[string]bool) string {
	var ids []string
	for _, id := range sectionIDs() {
		if open[id] {
			ids = append(ids, id)
		}
	}
	if len(ids) == len(sectionIDs()) {
		return "all"
	}
	sort.Strings(ids)
	return strings.Join(ids, ",")
}
