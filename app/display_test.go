package main

import (
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/roundcalc/roundcalc/app/text"
	"github.com/roundcalc/roundcalc/model"
)

// viewOf builds the page's view model for the article's scenario changed
// by query q, as the page does after an accepted change.
func viewOf(t *testing.T, lang, q string) display {
	t.Helper()
	vals, err := url.ParseQuery(q)
	if err != nil {
		t.Fatal(err)
	}
	s, problems := model.ParseQuery(model.Default(), vals)
	if len(problems) > 0 {
		t.Fatalf("%s: %v", q, problems)
	}
	r, errs := model.Compute(s)
	if len(errs) > 0 {
		t.Fatalf("%s: %v", q, errs)
	}
	tx := texts(lang)
	return buildView(viewInput{lang: lang, t: tx, view: model.ViewAll, s: s, r: r, article: model.Default(),
		articleParams: map[string]bool{}, sources: localSources(tx)})
}

// decimalsOf is the number of decimals a shown figure carries (0 without).
func decimalsOf(lang, shown string) int {
	point := "."
	if lang == "fr" {
		point = ","
	}
	m := regexp.MustCompile(`\d+(?:`+regexp.QuoteMeta(point)+`(\d+))?`).FindAllStringSubmatch(shown, -1)
	if len(m) == 0 {
		return -1
	}
	return len(m[len(m)-1][1])
}

// TestTableColumnsShowOneNumberOfDecimals: in every column of the cap
// table, the exposure table and "follow a dollar", every row shows the same
// decimals (no 1 081,35 above 1 041,3), in both languages and in a
// scenario whose values fall on round numbers.
func TestTableColumnsShowOneNumberOfDecimals(t *testing.T) {
	for _, lang := range []string{"fr", "en"} {
		for _, q := range []string{"", "pre=700&t.x1=20&q.x1=1&name.x1=Fonds", "pre=800&rev=30"} {
			d := viewOf(t, lang, q)
			cols := map[string][]string{}
			for _, h := range d.Holders {
				cols["before"] = append(cols["before"], h.Before.Text)
				cols["after"] = append(cols["after"], h.After.Text)
				cols["change"] = append(cols["change"], h.Change)
				cols["value"] = append(cols["value"], h.Value)
			}
			for _, p := range d.Partners {
				for i, v := range []string{p.Equity.Text, p.EquityIPO, p.Stress, p.Basis, p.Gain, p.Commit, p.NetFlow.Text, p.Loss.Text, p.LossShare.Text} {
					key := "exposure-" + string(rune('a'+i))
					cols[key] = append(cols[key], v)
				}
			}
			for _, r := range d.Routes {
				cols["route-amount"] = append(cols["route-amount"], r.Amount)
				cols["route-cut"] = append(cols["route-cut"], r.Cut.Text)
			}
			for name, col := range cols {
				want := decimalsOf(lang, col[0])
				for _, v := range col {
					if got := decimalsOf(lang, v); got != want || want < 0 {
						t.Errorf("%s %q, column %s: %q has %d decimals, %q has %d: %q", lang, q, name, col[0], want, v, got, col)
					}
				}
			}
		}
	}
}

// TestChangeColumnAgreesWithTheStakesShown: a row's change is the stake
// shown after minus the stake shown before, to the hundredth of a point:
// a new holder shown 0,00 % → 2,32 % reads +2,32 pt, not +2,33.
func TestChangeColumnAgreesWithTheStakesShown(t *testing.T) {
	parse := func(lang, s string) decimal.Decimal {
		s = strings.NewReplacer(text.NNBSP, "", "\u00a0", "", "%", "", "pt", "", "+", "", "±", "", "−", "-", " ", "").Replace(s)
		if lang == "fr" {
			s = strings.Replace(s, ",", ".", 1)
		}
		v, err := decimal.NewFromString(s)
		if err != nil {
			t.Fatalf("%q: %v", s, err)
		}
		return v
	}
	queries := []string{"", "t.x1=19.5&q.x1=1&name.x1=Fonds", "pre=333&t.x1=7.77&q.x1=1&name.x1=Fonds&t.amzn2=12.3"}
	for _, lang := range []string{"fr", "en"} {
		for _, q := range queries {
			for _, h := range viewOf(t, lang, q).Holders {
				before, after, change := parse(lang, h.Before.Text), parse(lang, h.After.Text), parse(lang, h.Change)
				if !after.Sub(before).Equal(change) {
					t.Errorf("%s %q, %s: %s → %s but the change reads %s", lang, q, h.Name, h.Before.Text, h.After.Text, h.Change)
				}
				if after.Sub(before).IsZero() && !strings.HasPrefix(h.Change, "±") {
					t.Errorf("%s %q, %s: no change reads %q", lang, q, h.Name, h.Change)
				}
			}
		}
	}
}

// A question is named, its answer marked and the way back offered while its
// scenario and its view are the ones shown; in another view, not named;
// with no question and the article's figures, none of it.
func TestPresetStateInTheView(t *testing.T) {
	s, view, ok := presetScenario("amzn-never")
	if !ok || view != model.ViewExpected {
		t.Fatalf("amzn-never: %v %v", view, ok)
	}
	r, errs := model.Compute(s)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	tx := texts("en")
	in := viewInput{lang: "en", t: tx, view: view, s: s, r: r, article: model.Default(), preset: "amzn-never",
		presets: presetRows("en", tx, "")}
	if d := buildView(in); d.PresetShown != "Scenario shown: "+tx.PresetAmznNever || !d.PresetBack || d.Answer != answerHeadline {
		t.Errorf("amzn-never shown: PresetShown %q, PresetBack %v, Answer %q", d.PresetShown, d.PresetBack, d.Answer)
	}
	in.view = model.ViewAll
	if d := buildView(in); d.PresetShown != "" || d.Answer != "" || !d.PresetBack {
		t.Errorf("amzn-never in another view: PresetShown %q, PresetBack %v, Answer %q", d.PresetShown, d.PresetBack, d.Answer)
	}
	in.s, in.r, in.preset = model.Default(), model.Results{}, ""
	in.r, _ = model.Compute(in.s)
	if d := buildView(in); d.PresetShown != "" || d.PresetBack {
		t.Errorf("the article's figures: PresetShown %q, PresetBack %v", d.PresetShown, d.PresetBack)
	}
	in.view = model.ViewFirm // the article's scenario in another view: the way back to its figures
	if d := buildView(in); !d.PresetBack {
		t.Error("the firm view of the article's scenario offers no way back")
	}
}

// The full page's builder offers every slider of the scenario once, an
// added tranche's and a new parameter's included with no list to update:
// the defaults first, a stake named as outside its section; an embed
// offers none.
func TestOfferedInView(t *testing.T) {
	build := func(q string, builder bool) (display, model.Scenario) {
		vals, _ := url.ParseQuery(q)
		s, errs := model.ParseQuery(model.Default(), vals)
		if len(errs) > 0 {
			t.Fatalf("%s: %v", q, errs)
		}
		r, _ := model.Compute(s)
		tx := texts("fr")
		return buildView(viewInput{lang: "fr", t: tx, view: model.ViewAll, s: s, r: r, article: model.Default(),
			articleParams: map[string]bool{}, sources: localSources(tx), builder: builder}), s
	}
	for _, q := range []string{"", "name.x1=Mubadala&t.x1=10"} {
		d, s := build(q, true)
		var ids []string
		for _, g := range d.Offered {
			if g.Title == "" || len(g.Levers) == 0 {
				t.Errorf("%q: a group %q of %d sliders", q, g.Title, len(g.Levers))
			}
			for _, c := range g.Levers {
				ids = append(ids, c.ID)
				if c.ID == "s.msft" && c.Label != "Parts avant l’opération\u00a0: Microsoft" {
					t.Errorf("Microsoft's stake offered as %q", c.Label)
				}
			}
		}
		want := s.Names()
		if got, w := slices.Sorted(slices.Values(ids)), slices.Sorted(slices.Values(want)); !slices.Equal(got, w) {
			t.Errorf("%q: offered %q, want every input %q", q, got, w)
		}
		if got := ids[:len(defaultLevers())]; !slices.Equal(got, defaultLevers()) {
			t.Errorf("%q: offered levers start %q, want the defaults %q", q, got, defaultLevers())
		}
	}
	if d, _ := build("", false); len(d.Offered) != 0 {
		t.Errorf("an embed offers %d groups of sliders", len(d.Offered))
	}
}

// The roles' rows are built while their section is open only: on every
// slider tick they were a tenth of the view's garbage.
func TestRolesBuiltWhileShown(t *testing.T) {
	s := model.Default()
	r, _ := model.Compute(s)
	tx := texts("en")
	in := viewInput{lang: "en", t: tx, view: model.ViewAll, s: s, r: r, article: s,
		articleParams: map[string]bool{}, sources: localSources(tx)}
	if d := buildView(in); len(d.Roles) != 0 {
		t.Errorf("section closed: %d role rows built", len(d.Roles))
	}
	in.roles = true
	if d := buildView(in); len(d.Roles) == 0 {
		t.Error("section open: no role rows")
	}
}
