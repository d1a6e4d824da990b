package main

import (
	"strings"
	"testing"

	"github.com/roundcalc/roundcalc/model"
)

// A refused value is explained at its own field, in the reader's words (the
// field's label and the accepted range, never the parameter's key), and the
// field keeps the text the reader typed when the refusal is of that text.
func TestRefusedFieldProps(t *testing.T) {
	s := model.Default()
	r, errs := model.Compute(s)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	propsOf := func(lang string, refused []model.Error, typed map[string]string) map[string]inputProps {
		d := buildView(viewInput{lang: lang, t: texts(lang), view: model.View("all"), s: s, article: s, r: r,
			articleParams: paramsOf(s), sources: localSources(texts(lang)), refused: refused, typed: typed})
		out := map[string]inputProps{}
		for _, list := range [][]inputProps{d.Valuations, d.Stakes, d.RouteInputs, d.Ties} {
			for _, p := range list {
				out[p.Param] = p
			}
		}
		return out
	}
	notNumber := model.Error{Code: model.ErrNotNumber, Field: "pre", Value: "abc", Min: "1", Max: "10000"}
	for _, c := range []struct {
		lang, label, lo, hi string
	}{
		{"en", "Pre-money valuation", "$1B", "$10,000B"},
		{"fr", "Valorisation avant", "1\u00a0Md$", "10\u202f000\u00a0Md$"},
	} {
		p := propsOf(c.lang, []model.Error{notNumber}, map[string]string{"pre": "abc"})
		pre := p["pre"]
		for _, part := range []string{c.label, c.lo, c.hi, "abc"} {
			if !strings.Contains(pre.Refused, part) {
				t.Errorf("%s: the field's message %q does not name %q", c.lang, pre.Refused, part)
			}
		}
		if strings.Contains(pre.Refused, "(pre)") {
			t.Errorf("%s: the field's message %q names the key", c.lang, pre.Refused)
		}
		if pre.Typed != "abc" {
			t.Errorf("%s: the field keeps %q, want the reader's abc", c.lang, pre.Typed)
		}
		if p["ipo"].Refused != "" {
			t.Errorf("%s: another field is marked: %q", c.lang, p["ipo"].Refused)
		}
	}
	// Typed in French with a decimal comma: the model saw it with a dot, the
	// message and the field show the reader's own text.
	typed := map[string]string{"pre": "0,5"}
	fr := propsOf("fr", asTyped([]model.Error{{Code: model.ErrRange, Field: "pre", Value: "0.5", Min: "1", Max: "10000"}}, typed), typed)
	if fr["pre"].Typed != "0,5" || !strings.Contains(fr["pre"].Refused, "0,5 est hors limites") {
		t.Errorf("French refused text %q, message %q: want 0,5 in both", fr["pre"].Typed, fr["pre"].Refused)
	}
	// A refusal of the address, or of another text, leaves the field at its value.
	for _, typed := range []map[string]string{nil, {"pre": "12"}} {
		if p := propsOf("en", []model.Error{notNumber}, typed)["pre"]; p.Refused == "" || p.Typed != "" {
			t.Errorf("typed %v: Refused %q, Typed %q; want a message and no kept text", typed, p.Refused, p.Typed)
		}
	}
}

func TestWithUnit(t *testing.T) {
	for _, c := range []struct{ lang, v, unit, want string }{
		{"fr", "50", "%", "50\u202f%"},
		{"en", "50", "%", "50%"},
		{"en", "730", "$B", "730\u00a0$B"},
		{"fr", "1,5", "", "1,5"},
	} {
		if got := withUnit(c.lang, c.v, c.unit); got != c.want {
			t.Errorf("withUnit(%q, %q, %q) = %q, want %q", c.lang, c.v, c.unit, got, c.want)
		}
	}
}
