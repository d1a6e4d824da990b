package main

import (
	"reflect"
	"strings"
	"testing"

	"github.com/roundcalc/roundcalc/app/text"
	"github.com/roundcalc/roundcalc/model"
)

// Each question's line names figures that change, in the reader's
// language, and they are the model's: the article's as the page shows them
// by default, the question's in its own view.
func TestPresetLines(t *testing.T) {
	want := map[string]string{
		"amzn-never":   "Post-money: $840B → $805B; Microsoft’s stake: 23.46% → 24.48%",
		"ipo-2026":     "Firm money: $75B → $110B; weighted post-money: $822.5B → $840B",
		"nothing-paid": "Microsoft’s loss: $322.10B → $447.10B; Amazon’s loss: $119.00B → $188.00B",
		"sftb-short":   "Post-money: $840B → $830B; Microsoft’s stake: 23.46% → 23.75%",
		// Whether OpenAI can pay, as the pay sentence says it.
		"no-growth":       "Still to raise: $271.24B → $647.4B",
		"all-commitments": "Still to raise: $271.24B → $721.04B",
	}
	for _, lang := range []string{"fr", "en"} {
		tx := texts(lang)
		rows := presetRows(lang, tx, "")
		if len(rows) < 4 {
			t.Fatalf("%s: %d questions", lang, len(rows))
		}
		for _, r := range rows {
			if _, ok := want[r.ID]; !ok {
				t.Errorf("%s: no line expected", r.ID)
			}
			if lang == "en" && r.Line != want[r.ID] {
				t.Errorf("%s: line %q, want %q", r.ID, r.Line, want[r.ID])
			}
			for _, part := range strings.Split(r.Line, tx.PresetJoin) {
				_, change, ok := strings.Cut(part, ":")
				before, after, ok2 := strings.Cut(change, "→")
				if !ok || !ok2 || strings.TrimSpace(before) == strings.TrimSpace(after) {
					t.Errorf("%s %s: %q says no change", lang, r.ID, part)
				}
			}
		}
	}
	// The French line writes the same figures the French way.
	s, view, _ := presetScenario("amzn-never")
	r, _ := model.Compute(s)
	fr := presetRows("fr", texts("fr"), "")[0].Line
	for _, f := range []string{"840\u00a0Md$ → " + text.Money("fr", r.View(view).PostMoney), "23,46\u202f% → 24,48\u202f%"} {
		if !strings.Contains(fr, f) {
			t.Errorf("French line %q lacks %q", fr, f)
		}
	}
}

// Every question changes what the page shows in the view it opens in, its
// scenario differs from the article's, and its link carries that view.
func TestPresetsDiffer(t *testing.T) {
	article, _ := model.Compute(model.Default())
	seen := map[string]bool{}
	for _, q := range presetQueries() {
		s, view, ok := presetScenario(q.id)
		if !ok {
			t.Fatalf("%s: its link is refused", q.id)
		}
		if len(s.Query()) == 0 {
			t.Errorf("%s: its figures are the article's", q.id)
		}
		link, _ := presetLink(q.id)
		if seen[link.Encode()] {
			t.Errorf("%s: same scenario as another question", q.id)
		}
		seen[link.Encode()] = true
		if view != model.ViewAll && link.Get("view") != string(view) {
			t.Errorf("%s: the link %q lacks its view", q.id, link.Encode())
		}
		if q.answer == answerPay {
			continue // its figures are the years'
		}
		r, _ := model.Compute(s)
		a, b := buildDisplay("en", texts("en"), model.ViewAll, model.Default(), article, nil),
			buildDisplay("en", texts("en"), view, s, r, nil)
		if a.Verdict == b.Verdict && a.Post == b.Post && a.Raised == b.Raised && a.PostViews == b.PostViews &&
			a.RaisedViews == b.RaisedViews && reflect.DeepEqual(a.Partners, b.Partners) {
			t.Errorf("%s: the story's figures do not change", q.id)
		}
	}
}
