//go:build !wasm

package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
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
// language; a name the reader gave is kept as typed.
func TestAddedInvestorNames(t *testing.T) {
	s, errs := model.ParseQuery(model.Default(), url.Values{"t.x1": {"5"}, "t.x2": {"3"}, "name.x2": {"Oracle"}})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	for lang, want := range map[string][2]string{"fr": {"Investisseur 1", "Oracle"}, "en": {"Investor 1", "Oracle"}} {
		d := texts(lang)
		if got := [2]string{d.HolderName(s, "x1"), d.HolderName(s, "x2")}; got != want {
			t.Errorf("%s: %q, want %q", lang, got, want)
		}
	}
}
