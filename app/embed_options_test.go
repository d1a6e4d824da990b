package main

import (
	"net/url"
	"reflect"
	"testing"

	"github.com/roundcalc/roundcalc/model"
)

func TestReadEmbedOptions(t *testing.T) {
	withX1, _ := model.ParseQuery(model.Default(), url.Values{"t.x1": {"5"}})
	for _, c := range []struct {
		query  string
		s      model.Scenario
		levers []string
		blocks []string
		title  bool
	}{
		{"", model.Default(), defaultLevers(), defaultBlocks(), true},
		{"levers=t.sftb,s.msft&show=captable,figures&title=0", model.Default(),
			[]string{"t.sftb", "s.msft"}, []string{"captable", "figures"}, false},
		// Unknown names, inputs the scenario lacks and repeats are left out.
		{"levers=nope,pre,t.x1,pre,%20ipo&show=verdict,chart,verdict,routes", model.Default(),
			[]string{"pre", "ipo"}, []string{"verdict", "routes"}, true},
		{"levers=t.x1,q.x1", withX1, []string{"t.x1", "q.x1"}, defaultBlocks(), true},
		// Present but empty: the editor wants none.
		{"levers=&show=", model.Default(), []string{}, []string{}, true},
		{"title=1", model.Default(), defaultLevers(), defaultBlocks(), true},
	} {
		q, _ := url.ParseQuery(c.query)
		o := readEmbedOptions(q, c.s)
		if !reflect.DeepEqual(o.Levers, c.levers) || !reflect.DeepEqual(o.Blocks, c.blocks) || o.Title != c.title {
			t.Errorf("%q: levers %q blocks %q title %v, want %q %q %v", c.query, o.Levers, o.Blocks, o.Title, c.levers, c.blocks, c.title)
		}
	}
	// Every default lever is an input of the article's scenario.
	has := map[string]bool{}
	for _, n := range model.Default().Names() {
		has[n] = true
	}
	for _, l := range defaultLevers() {
		if !has[l] {
			t.Errorf("default lever %q is not an input", l)
		}
	}
}
