package model

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fileOf is an export file holding params (each value a JSON literal).
func fileOf(params map[string]string) []byte {
	raw := map[string]json.RawMessage{}
	for k, v := range params {
		raw[k] = json.RawMessage(v)
	}
	data, err := json.Marshal(map[string]any{"format": FileFormat, "version": FileVersion, "params": raw})
	if err != nil {
		panic(err)
	}
	return data
}

// A file is one scenario: with one field refused, nothing of it applies
// (the base comes back as it was, added tranche included), and each refused
// field is named once.
func TestParseJSONAllOrNothing(t *testing.T) {
	many := map[string]string{}
	for n := 1; n <= 1000; n++ {
		many["t.x"+strconv.Itoa(n)] = "1"
	}
	conditional := map[string]string{"pre": "900"}
	for n := 1; n <= 99; n++ {
		id := "x" + strconv.Itoa(n)
		conditional["t."+id], conditional["q."+id] = "1", "50"
	}
	for _, c := range []struct {
		name   string
		params map[string]string
		fields []string // refused, each once
	}{
		{"pre true", map[string]string{"pre": "true", "ipo": "900"}, []string{"pre"}},
		{"pre object", map[string]string{"pre": "{}", "ipo": "900"}, []string{"pre"}},
		{"pre null", map[string]string{"pre": "null", "ipo": "900"}, []string{"pre"}},
		{"negative stake", map[string]string{"s.msft": "-5", "pre": "900"}, []string{"s.msft"}},
		{"huge exponent", map[string]string{"pre": "1e999999", "ipo": "900"}, []string{"pre"}},
		{"stakes over 100 %", map[string]string{"s.msft": "60", "s.fdn": "50", "pre": "900"}, []string{"s"}},
		{"mix of 129 %", map[string]string{"mix.chatgpt": "99", "pre": "900"}, []string{"mix"}},
		{"only a refused stake", map[string]string{"s.msft": "101"}, []string{"s.msft"}},
		{"two refused, one good", map[string]string{"pre": "0", "t.x1": `"abc"`, "ipo": "900"}, []string{"pre", "t.x1"}},
		{"a name that is a number", map[string]string{"t.x1": "5", "name.x1": "12"}, []string{"name.x1"}},
		{"a name too long", map[string]string{"t.x1": "5", "name.x1": strconv.Quote("nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn")}, []string{"name.x1"}},
		{"1,000 added tranches", many, []string{"t"}},
		{"99 conditional tranches", conditional, []string{"q"}},
		{"an unknown parameter", map[string]string{"pre": "900", "color": "1"}, []string{"color"}},
		{"a tranche beyond x99", map[string]string{"pre": "900", "t.x100": "1"}, []string{"t.x100"}},
		{"a probability of no tranche", map[string]string{"pre": "900", "q.x7": "50"}, []string{"q.x7"}},
		{"a name of no tranche", map[string]string{"pre": "900", "name.x1": `"Oracle"`}, []string{"name.x1"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			base := withAdded()
			base.PreMoney = d("800")
			keep := base.clone()
			s, errs := ParseJSON(base, fileOf(c.params))
			assert.Equal(t, keep, s, "the base must come back unchanged")
			assert.Equal(t, keep, base, "the base must not be modified")
			var fields []string
			for _, e := range errs {
				fields = append(fields, e.Field)
			}
			sort.Strings(fields)
			assert.Equal(t, c.fields, fields, "%v", errs)
		})
	}
}

// A file with every field valid applies as a whole: the base's added
// tranches it does not list go, the others are the file's.
func TestParseJSONWhole(t *testing.T) {
	base := withAdded()
	s, errs := ParseJSON(base, fileOf(map[string]string{"pre": `"800"`, "t.x2": "5", "name.x2": `"Oracle"`, "q.x2": "40"}))
	require.Empty(t, errs)
	assert.True(t, s.PreMoney.Equal(d("800")))
	require.Len(t, s.Tranches, 5)
	assert.Equal(t, "x2", s.Tranches[4].ID)
	assert.Equal(t, "Oracle", s.Tranches[4].Name)
	assert.True(t, s.Tranches[4].Prob.Equal(d("0.4")))
	assert.Equal(t, withAdded(), base, "the base must not be modified")
}

// The page asks before it reads a file: up to 1 MB is read.
func TestCheckFileSize(t *testing.T) {
	assert.Nil(t, CheckFileSize("a.json", MaxFileSize))
	assert.Equal(t, &Error{Code: ErrFileSize, Field: "file", Value: "big.json", Max: "1"}, CheckFileSize("big.json", MaxFileSize+1))
	assert.Equal(t, &Error{Code: ErrFileSize, Field: "file", Value: "huge.json", Max: "1"}, CheckFileSize("huge.json", 300<<20))
}

// Files the page exported keep importing: the article's scenario as
// written, one with added tranches reformatted by an editor (one name
// right-to-left), one with numbers as strings and escapes in a name (a
// character outside the BMP as a surrogate pair).
func TestParseJSONKeepsExportedFiles(t *testing.T) {
	for file, check := range map[string]func(t *testing.T, s Scenario){
		"article.json": func(t *testing.T, s Scenario) { assert.Empty(t, sameScenario(Default(), s)) },
		"added-indented.json": func(t *testing.T, s Scenario) {
			require.Len(t, s.Tranches, 6)
			assert.Equal(t, "Fonds souverain du Golfe", s.Tranches[4].Name)
			assert.Equal(t, "קרן", s.Tranches[5].Name)
			assert.True(t, s.Tranches[5].Prob.Equal(d("0.4")))
			assert.True(t, s.PreMoney.Equal(d("800")))
		},
		"strings-escapes.json": func(t *testing.T, s Scenario) {
			require.Len(t, s.Tranches, 5)
			assert.Equal(t, "Café 😀 \"Fund\" / A\\B", s.Tranches[4].Name)
			assert.True(t, s.Tranches[4].Amount.Equal(d("12.5")))
		},
	} {
		t.Run(file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", "files", file))
			require.NoError(t, err)
			s, errs := ParseJSON(withAdded(), data)
			require.Empty(t, errs)
			check(t, s)
		})
	}
}

// A file follows the URL's rules, where encoding/json alone is lenient:
// the format's keys spelled exactly, each key once (the URL keeps the
// first of two, encoding/json the last: a file is refused), and a name
// that is not text (invalid UTF-8, a lone surrogate) refused as the URL
// refuses it, not read as U+FFFD.
func TestParseJSONStrict(t *testing.T) {
	const head = `{"format":"roundcalc-scenario","version":1,`
	for _, c := range []struct {
		name, data string
		want       Error
	}{
		{"FORMAT", `{"FORMAT":"roundcalc-scenario","format":"roundcalc-scenario","version":1,"params":{"pre":800}}`,
			Error{Code: ErrUnknownValue, Field: "file", Value: "FORMAT"}},
		{"Params", head + `"Params":{"pre":800}}`, Error{Code: ErrUnknownValue, Field: "file", Value: "Params"}},
		{"Version", `{"format":"roundcalc-scenario","Version":1,"params":{}}`, Error{Code: ErrUnknownValue, Field: "file", Value: "Version"}},
		{"two params objects", head + `"params":{"pre":800},"params":{"pre":900}}`, Error{Code: ErrDuplicate, Field: "file", Value: "params"}},
		{"two formats", head + `"format":"roundcalc-scenario","params":{}}`, Error{Code: ErrDuplicate, Field: "file", Value: "format"}},
		{"a parameter twice", head + `"params":{"pre":800,"ipo":900,"pre":900}}`, Error{Code: ErrDuplicate, Field: "pre", Value: "pre"}},
		{"an unknown key twice", head + `"params":{"zz":1,"zz":2}}`, Error{Code: ErrDuplicate, Field: "file", Value: "zz"}},
		{"a lone surrogate", head + `"params":{"t.x1":5,"name.x1":"Acme\ud800"}}`,
			Error{Code: ErrNameInvalid, Field: "name.x1", Min: "1", Max: "40"}},
		{"a lone low surrogate", head + `"params":{"t.x1":5,"name.x1":"\udc00Acme"}}`,
			Error{Code: ErrNameInvalid, Field: "name.x1", Min: "1", Max: "40"}},
		{"invalid UTF-8", head + "\"params\":{\"t.x1\":5,\"name.x1\":\"Acme\xff\"}}",
			Error{Code: ErrNameInvalid, Field: "name.x1", Min: "1", Max: "40"}},
		{"a bidi override", head + `"params":{"t.x1":5,"name.x1":"\u202eAcme"}}`,
			Error{Code: ErrNameBidi, Field: "name.x1", Value: "U+202E", Min: "1", Max: "40"}},
		{"an invisible name", head + `"params":{"t.x1":5,"name.x1":"\u200b"}}`,
			Error{Code: ErrNameEmpty, Field: "name.x1", Min: "1", Max: "40"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			base := withAdded()
			s, errs := ParseJSON(base, []byte(c.data))
			assert.Equal(t, []Error{c.want}, errs)
			assert.Empty(t, sameScenario(base, s))
		})
	}
}

// The file is read in place: each parameter's value exactly as written,
// whatever it holds (quotes, braces and brackets in strings, nesting).
func TestParseJSONValuesAsWritten(t *testing.T) {
	data := []byte(" {\"format\" : \"roundcalc-scenario\" ,\"version\":1,\"params\":{ \"pre\" : {\"a\":[1,{\"b\":\"}]\\\"\"}]} ,\n\"ipo\":[\"{\"],\"gw\":true,\"rev\":-1e2}\t}\n")
	_, errs := ParseJSON(Default(), data)
	values := map[string]string{}
	for _, e := range errs {
		values[e.Field] = e.Value
	}
	assert.Equal(t, map[string]string{"pre": `{"a":[1,{"b":"}]\""}]}`, "ipo": `["{"]`, "gw": "true", "rev": "-1e2"}, values, "%v", errs)
}
