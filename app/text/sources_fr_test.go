package text

import (
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/roundcalc/roundcalc/model"
)

// numberExceptions lists, per source key, numbers of the English text that
// the French text may legitimately leave out (for example a number written
// as a word in French). Empty today: every French note repeats every number
// of its English note, dates included ("1 Apr" → "1er avril", "7 years" →
// "7 ans").
var numberExceptions = map[string][]string{}

func TestSourcesFRComplete(t *testing.T) {
	en := model.Sources()
	fr := frenchSourceTexts()
	for key, src := range en {
		text, ok := fr[key]
		if !assert.Truef(t, ok, "%s: no French text", key) {
			continue
		}
		assert.NotEmptyf(t, strings.TrimSpace(text), "%s: empty French text", key)
		assert.NotEqualf(t, src.Text, text, "%s: French text is the English one", key)
	}
	for key := range fr {
		_, ok := en[key]
		assert.Truef(t, ok, "%s: French text for a key model.Sources() does not define", key)
	}
}

func TestSourcesFRNumbers(t *testing.T) {
	fr := frenchSourceTexts()
	for key, src := range model.Sources() {
		want := countNumbers(digitRuns(src.Text))
		got := countNumbers(digitRuns(fr[key]))
		for _, n := range numberExceptions[key] {
			delete(want, n)
		}
		var missing []string
		for n, c := range want {
			if got[n] < c {
				missing = append(missing, n)
			}
		}
		sort.Strings(missing)
		assert.Emptyf(t, missing, "%s: numbers of the English text missing from the French one\nEN: %s\nFR: %s", key, src.Text, fr[key])
	}
}

// French typography: narrow no-break space before %, no-break space before
// Md$, « guillemets » held by no-break spaces, no English number format.
func TestSourcesFRTypography(t *testing.T) {
	englishThousands := regexp.MustCompile(`\d,\d{3}(\D|$)`)
	for key, text := range frenchSourceTexts() {
		rs := []rune(" " + text + " ") // padded: every rune has neighbours
		for i := 1; i < len(rs)-1; i++ {
			switch r := rs[i]; r {
			case '%':
				assert.Equalf(t, '\u202f', rs[i-1], "%s: %% must follow a narrow no-break space: %q", key, text)
			case '«':
				assert.Equalf(t, '\u00a0', rs[i+1], "%s: « must be followed by a no-break space: %q", key, text)
			case '»':
				assert.Equalf(t, '\u00a0', rs[i-1], "%s: » must follow a no-break space: %q", key, text)
			case '"', '“', '”':
				t.Errorf("%s: use « guillemets », not %q: %q", key, r, text)
			}
		}
		for i := strings.Index(text, "Md$"); i >= 0; {
			assert.Truef(t, strings.HasSuffix(text[:i], "\u00a0"), "%s: Md$ must follow a no-break space: %q", key, text)
			next := strings.Index(text[i+1:], "Md$")
			if next < 0 {
				break
			}
			i += 1 + next
		}
		assert.Falsef(t, englishThousands.MatchString(text), "%s: English thousands separator: %q", key, text)
		assert.NotContainsf(t, text, "$B", "%s: English money unit: %q", key, text)
	}
}

// digitRuns returns the digit sequences of s once the separators inside a
// number are removed: "1,000", "1\u202f000" → "1000"; "22.5", "22,5" → "225".
// A separator counts only between two digits, so "30, Nvidia" or a final
// "730." are left alone.
func digitRuns(s string) []string {
	rs := []rune(s)
	var b strings.Builder
	for i, r := range rs {
		switch r {
		case ',', '.', '\u202f', '\u00a0':
			if i > 0 && i+1 < len(rs) && unicode.IsDigit(rs[i-1]) && unicode.IsDigit(rs[i+1]) {
				continue
			}
		}
		b.WriteRune(r)
	}
	return regexp.MustCompile(`\d+`).FindAllString(b.String(), -1)
}

func countNumbers(ns []string) map[string]int {
	m := map[string]int{}
	for _, n := range ns {
		m[n]++
	}
	return m
}

func TestSourcesFRDigitRuns(t *testing.T) {
	require.Equal(t, []string{"1000", "225", "30", "730"}, digitRuns("1,000 and 22.5; 30, Nvidia 730."))
	require.Equal(t, []string{"1000", "225", "27"}, digitRuns("1\u202f000\u00a0Md$, 22,5 ; 27\u202f%"))
}
