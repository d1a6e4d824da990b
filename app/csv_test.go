package main

import (
	"encoding/csv"
	"net/url"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/roundcalc/roundcalc/model"
)

// An added investor's name that a spreadsheet would run as a formula is
// written as text (a leading quote, the cell quoted); plain names and every
// number are written as they are, in the reader's conventions.
func TestCSVFormulaNames(t *testing.T) {
	for _, c := range []struct {
		name, cell string
		quoted     bool // the raw file has the cell in double quotes
	}{
		{`=HYPERLINK("http://evil.example/","x")`, `'=HYPERLINK("http://evil.example/","x")`, true},
		{`+cmd|' /C calc'!A0`, `'+cmd|' /C calc'!A0`, true},
		{`@SUM(1)`, `'@SUM(1)`, true},
		{`-2+3`, `'-2+3`, true},
		{`Oracle`, `Oracle`, false},
		{`Abu Dhabi = MGX`, `Abu Dhabi = MGX`, false},
	} {
		for _, lang := range []string{"fr", "en"} {
			s, errs := model.ParseQuery(model.Default(), url.Values{"t.x1": {"20"}, "name.x1": {c.name}})
			require.Empty(t, errs, c.name)
			r, errs := model.Compute(s)
			require.Empty(t, errs)
			out := tablesCSV(lang, texts(lang), s, r.All)

			rd := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, "\ufeff")))
			rd.FieldsPerRecord = -1
			if lang == "fr" {
				rd.Comma = ';'
			}
			rows, err := rd.ReadAll()
			require.NoError(t, err, "%s %s:\n%s", lang, c.name, out)

			var row []string
			for _, r := range rows {
				if len(r) == 5 && strings.Contains(r[0], strings.TrimLeft(c.name, "=+-@")) {
					row = r
				}
			}
			require.NotNil(t, row, "%s %s: no row for the added holder in\n%s", lang, c.name, out)
			assert.Equal(t, c.cell, row[0], lang)
			// The rest of the row are numbers in the reader's format.
			for _, v := range row[1:] {
				if lang == "fr" {
					v = strings.Replace(v, ",", ".", 1)
				}
				_, err := decimal.NewFromString(v)
				assert.NoError(t, err, "%s %s: %q is not a number", lang, c.name, v)
			}
			sep := map[string]string{"fr": ";", "en": ","}[lang]
			if c.quoted {
				assert.Contains(t, out, "\n\""+strings.ReplaceAll(c.cell, `"`, `""`)+"\""+sep, lang)
			} else {
				assert.Contains(t, out, "\n"+c.cell+sep, lang)
			}

			// A negative number is a number, not text: Microsoft's change
			// (22.9186 − 27 = −4.0814 points) has no quote.
			var msft []string
			for _, r := range rows {
				if len(r) == 5 && r[0] == "Microsoft" {
					msft = r
				}
			}
			require.NotNil(t, msft, lang)
			want := map[string]string{"fr": "-4,0814", "en": "-4.0814"}[lang]
			assert.Equal(t, want, msft[3], lang)
			assert.Contains(t, out, sep+want+sep, lang)
		}
	}
}

// The export carries the years: OpenAI's revenue, what it owes and its cash
// per year with the short year, peak need and cover year, then each
// partner's money in, back and cumulative with its payback year, in the
// reader's conventions; a year is a number, "never" a word.
func TestCSVYears(t *testing.T) {
	r, _ := model.Compute(model.Default())
	for lang, want := range map[string][][]string{
		"fr": {{"2027", "45", "36", "152,4443", "-70,4086"}, {"Première année à court", "2027"},
			{"Besoin maximal (Md$)", "271,2414"}, {"Revenus suffisants dès", "2031"},
			{"Amazon", "2028", "0", "17,25", "1,75", "2028"}, {"SoftBank", "2035", "0", "0", "-64,6", "jamais"}},
		"en": {{"2027", "45", "36", "152.4443", "-70.4086"}, {"First year short", "2027"},
			{"SoftBank", "2035", "0", "0", "-64.6", "never"}},
	} {
		out := tablesCSV(lang, texts(lang), model.Default(), r.All)
		rd := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, "\ufeff")))
		rd.FieldsPerRecord = -1
		if lang == "fr" {
			rd.Comma = ';'
		}
		rows, err := rd.ReadAll()
		require.NoError(t, err)
		for _, w := range want {
			found := false
			for _, row := range rows {
				if strings.Join(row, "|") == strings.Join(w, "|") {
					found = true
				}
			}
			assert.True(t, found, "%s: no row %v in\n%s", lang, w, out)
		}
	}
}
