package model

import (
	"encoding/json"
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
