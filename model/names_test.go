package model

import (
	"encoding/json"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// An added investor's name is refused with its reason, by the same rule
// whether it comes from the URL or from a file: a name that could reorder
// the text around it (a bidirectional control) or that shows nothing is
// refused as much as an empty or too long one.
func TestNameRules(t *testing.T) {
	for _, c := range []struct {
		name  string
		code  string // "" accepted
		value string
	}{
		{"Oracle", "", ""},
		{"Fonds souverain du Golfe", "", ""},
		{"קרן הון", "", ""}, // right to left, and fine: the page shows names isolated
		{"صندوق", "", ""},
		{"a\u200db", "", ""}, // a joiner between visible letters
		{"👩\u200d💻 Fund", "", ""},
		{strings.Repeat("é", 40), "", ""},
		{"", ErrNameEmpty, ""},
		{"   ", ErrNameEmpty, ""},
		{"\u200b", ErrNameEmpty, ""},
		{"\u00a0\u2003\u3000", ErrNameEmpty, ""},
		{"\u3164", ErrNameEmpty, ""},
		{"\u0301", ErrNameEmpty, ""}, // a mark alone
		{"\ufeff\u200c", ErrNameEmpty, ""},
		{strings.Repeat("a", 41), ErrNameLong, strings.Repeat("a", 41)},
		{"a\x01b", ErrNameControl, "U+0001"},
		{"line\nbreak", ErrNameControl, "U+000A"},
		{"para\u2029graph", ErrNameControl, "U+2029"},
		{"\u202eAcme", ErrNameBidi, "U+202E"},
		{"Acme\u202a", ErrNameBidi, "U+202A"},
		{"\u202bx", ErrNameBidi, "U+202B"},
		{"\u202cx", ErrNameBidi, "U+202C"},
		{"\u202dx", ErrNameBidi, "U+202D"},
		{"x\u2066", ErrNameBidi, "U+2066"},
		{"x\u2067", ErrNameBidi, "U+2067"},
		{"x\u2068", ErrNameBidi, "U+2068"},
		{"x\u2069", ErrNameBidi, "U+2069"},
		{"x\u200e", ErrNameBidi, "U+200E"},
		{"x\u200f", ErrNameBidi, "U+200F"},
		{"x\u061c", ErrNameBidi, "U+061C"},
		{"\u202e" + strings.Repeat("a", 50), ErrNameBidi, "U+202E"},
		{"Acme\xff", ErrNameInvalid, ""},
		{"Acme\xed\xa0\x80", ErrNameInvalid, ""}, // a surrogate's bytes
		{"Acme\ufffd", ErrNameInvalid, ""},       // what a lone surrogate becomes in the browser
	} {
		want := []Error(nil)
		if c.code != "" {
			want = []Error{{Code: c.code, Field: "name.x1", Value: c.value, Min: "1", Max: "40"}}
		}
		s, errs := ParseQuery(Default(), url.Values{"t.x1": {"5"}, "name.x1": {c.name}})
		assert.Equal(t, want, errs, "URL %q", c.name)
		if c.code == "" {
			require.Len(t, s.Tranches, 5)
			assert.Equal(t, c.name, s.Tranches[4].Name)
		}

		raw, _ := json.Marshal(c.name) // invalid UTF-8 is written as is
		if strings.ContainsRune(c.name, 0xFFFD) || c.name == "Acme\xff" || c.name == "Acme\xed\xa0\x80" {
			raw = []byte(`"` + c.name + `"`)
		}
		_, errs = ParseJSON(Default(), fileOf(map[string]string{"t.x1": "5", "name.x1": string(raw)}))
		assert.Equal(t, want, errs, "file %q", c.name)
	}
}
