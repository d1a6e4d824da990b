//go:build !wasm

package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/roundcalc/roundcalc/model"
)

// No text id shows through in the page: an id such as "col.figure" or
// "ch.api" in place of its text (a family lookup shows an unknown id as is).
func TestNoMissingTexts(t *testing.T) {
	s := pageServer(t)
	rawID := regexp.MustCompile(`>\s*([a-z]+(\.[a-z0-9-]+)+)\s*<`)
	for _, q := range []string{"/?lang=fr", "/?lang=en", "/?lang=en&t.x1=5&name.x1=Oracle&view=expected", "/?lang=fr&embed=1"} {
		w := httptest.NewRecorder()
		s.ServeHTTP(w, httptest.NewRequest(http.MethodGet, q, nil))
		require.Equal(t, http.StatusOK, w.Code, q)
		body, _ := io.ReadAll(w.Result().Body)
		for _, m := range rawID.FindAllStringSubmatch(string(body), -1) {
			t.Errorf("%s: untranslated text id %q", q, m[1])
		}
	}
}

// An added investor the reader did not name is named in the page's
// language; a name the reader gave is kept as typed, isolated (U+2068 …
// U+2069) so that it never reorders the text around it.
func TestAddedInvestorNames(t *testing.T) {
	s, errs := model.ParseQuery(model.Default(), url.Values{"t.x1": {"5"}, "t.x2": {"3"}, "name.x2": {"Oracle"}})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	for lang, want := range map[string][2]string{"fr": {"Investisseur 1", "\u2068Oracle\u2069"}, "en": {"Investor 1", "\u2068Oracle\u2069"}} {
		d := texts(lang)
		if got := [2]string{d.HolderName(s, "x1"), d.HolderName(s, "x2")}; got != want {
			t.Errorf("%s: %q, want %q", lang, got, want)
		}
	}
}

// Three refused names are three messages: each names its tranche and why,
// in the page's language.
func TestNameRefusalsNameTrancheAndReason(t *testing.T) {
	q := url.Values{"t.x1": {"5"}, "name.x1": {"\u202eAcme"}, "t.x2": {"5"}, "name.x2": {"\u200b"},
		"t.x3": {"5"}, "name.x3": {strings.Repeat("n", 41)}, "t.x4": {"5"}, "name.x4": {"a\nb"}, "t.x5": {"5"}, "name.x5": {"\xff"}}
	s, errs := model.ParseQuery(model.Default(), q)
	if len(errs) != 5 {
		t.Fatalf("%d refusals, want 5: %v", len(errs), errs)
	}
	for lang, want := range map[string][]string{
		"en": {"Investor 1", "direction of the text", "U+202E", "Investor 2", "no visible character", "Investor 3", "longer than 40 characters",
			"Investor 4", "control character", "U+000A", "Investor 5", "not valid text"},
		"fr": {"Investisseur 1", "sens de l’écriture", "U+202E", "Investisseur 2", "aucun caractère visible", "Investisseur 3", "dépasse 40 caractères",
			"Investisseur 4", "caractère de contrôle", "U+000A", "Investisseur 5", "pas un texte valide"},
	} {
		d := texts(lang)
		seen := map[string]bool{}
		var all string
		for _, e := range errs {
			msg := d.errorText(lang, s, e)
			if seen[msg] {
				t.Errorf("%s: %q twice", lang, msg)
			}
			seen[msg] = true
			all += msg + "\n"
		}
		for _, w := range want {
			if !strings.Contains(all, w) {
				t.Errorf("%s: the messages do not say %q:\n%s", lang, w, all)
			}
		}
		if strings.ContainsRune(all, '\u202e') {
			t.Errorf("%s: a message carries the refused control itself: %q", lang, all)
		}
	}
}

// A number typed in the other language's form is refused with what the
// reader typed, as typed, and the form the page's language expects.
func TestTypedFormMessage(t *testing.T) {
	for _, c := range []struct{ lang, typed, want string }{
		{"en", "812,5", "“812,5” is not a number as English writes it; write it like 1,000.5 or 1000.5"},
		{"en", "1.000,5", "“1.000,5”"},
		{"fr", "1.000,5", "«\u00a01.000,5\u00a0» n’est pas un nombre écrit à la française\u00a0; écrivez par exemple 1\u202f000,5 ou 1000,5"},
		{"fr", "1,000.5", "«\u00a01,000.5\u00a0»"},
	} {
		msg := texts(c.lang).errorText(c.lang, model.Default(), typedFormError("pre", c.typed))
		if !strings.Contains(msg, c.want) {
			t.Errorf("%s %q: %q does not hold %q", c.lang, c.typed, msg, c.want)
		}
		for _, part := range map[string][]string{"en": {"Pre-money valuation", "$1B", "$10,000B"}, "fr": {"Valorisation avant", "10\u202f000\u00a0Md$"}}[c.lang] {
			if !strings.Contains(msg, part) {
				t.Errorf("%s: %q does not name %q", c.lang, msg, part)
			}
		}
	}
}

// A year or a count of years with decimals, or out of its range, is named
// with its tranche or partner and its range, in each language; a year is
// never grouped like money ("2 026").
func TestWholeErrorTexts(t *testing.T) {
	s := model.Default()
	for _, c := range []struct {
		lang string
		e    model.Error
		want string
	}{
		{"fr", model.Error{Code: model.ErrWhole, Field: "y.amzn2", Value: "2027.5", Min: "2026", Max: "2035"},
			"«\u00a0Amazon, sous conditions\u00a0: année du versement\u00a0»\u00a0: 2027.5 n’est pas un nombre entier. Valeurs permises\u00a0: 2026 à 2035."},
		{"en", model.Error{Code: model.ErrRange, Field: "y.amzn2", Value: "2040", Min: "2026", Max: "2035"},
			"“Amazon, conditional: year paid”: 2040 is out of range. Allowed: 2026 to 2035."},
		{"en", model.Error{Code: model.ErrWhole, Field: "years.msft", Value: "7.5", Min: "1", Max: "10"},
			"“Microsoft: years of spending”: 7.5 is not a whole number. Allowed: 1 to 10."},
		{"fr", model.Error{Code: model.ErrRange, Field: "other", Value: "6000", Min: "0", Max: "5000"},
			"«\u00a0Engagements d’OpenAI envers d’autres fournisseurs\u00a0»\u00a0: 6000 est hors limites. Valeurs permises\u00a0: 0\u00a0Md$ à 5\u202f000\u00a0Md$."},
	} {
		require.Equal(t, c.want, texts(c.lang).errorText(c.lang, s, c.e), c.e.Field)
	}
}
