//go:build !wasm

package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"sort"
	"testing"

	"github.com/roundcalc/roundcalc/model"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Both languages have the same texts.
func TestDictionariesMatch(t *testing.T) {
	keys := func(d map[string]string) []string {
		var out []string
		for k := range d {
			out = append(out, k)
		}
		sort.Strings(out)
		return out
	}
	assert.Equal(t, keys(frenchTexts()), keys(englishTexts()))
	for name, texts := range map[string]func(string) map[string]string{
		"chartTexts": chartTexts, "webTexts": webTexts, "rolesTexts": rolesTexts,
	} {
		assert.Equal(t, keys(texts("fr")), keys(texts("en")), name)
	}
}

// No text id shows through where a translation is missing: dict.tr returns
// the id itself, which reads like "col.figure" in the page.
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
// language; a name the reader gave is kept as typed.
func TestAddedInvestorNames(t *testing.T) {
	s, errs := model.ParseQuery(model.Default(), url.Values{"t.x1": {"5"}, "t.x2": {"3"}, "name.x2": {"Oracle"}})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	for lang, want := range map[string][2]string{"fr": {"Investisseur 1", "Oracle"}, "en": {"Investor 1", "Oracle"}} {
		d := texts(lang)
		if got := [2]string{d.holderName(s, "x1"), d.holderName(s, "x2")}; got != want {
			t.Errorf("%s: %q, want %q", lang, got, want)
		}
	}
}
