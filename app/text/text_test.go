package text

import (
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/roundcalc/roundcalc/model"
)

// all lists every text of t by path: "Title", "Chart.OwnDesc",
// "holders[msft]". Reflection reads the unexported families too.
func all(t *Texts) map[string]string {
	out := map[string]string{}
	var walk func(path string, v reflect.Value)
	walk = func(path string, v reflect.Value) {
		switch v.Kind() {
		case reflect.String:
			out[path] = v.String()
		case reflect.Struct:
			for i := 0; i < v.NumField(); i++ {
				name := v.Type().Field(i).Name
				if name == "_" {
					continue // noCompare
				}
				if path != "" {
					name = path + "." + name
				}
				walk(name, v.Field(i))
			}
		case reflect.Map:
			for _, k := range v.MapKeys() {
				walk(path+"["+k.String()+"]", v.MapIndex(k))
			}
		default:
			panic(path + ": a text of kind " + v.Kind().String())
		}
	}
	walk("", reflect.ValueOf(t).Elem())
	return out
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// Every text, fields and families, is there in both languages.
func TestEveryTextNonEmpty(t *testing.T) {
	for _, lang := range []string{"fr", "en"} {
		texts := all(For(lang))
		for _, path := range sortedKeys(texts) {
			assert.NotEmptyf(t, texts[path], "%s: %s is empty", lang, path)
		}
		t.Logf("%s: %d texts", lang, len(texts))
	}
}

// Both languages have the same families, with the same keys: a lookup
// never finds a text in one language only.
func TestSameKeys(t *testing.T) {
	assert.Equal(t, sortedKeys(all(For("fr"))), sortedKeys(all(For("en"))))
}

// fmt verbs of a text: a format must take the same arguments in both
// languages. A bare % before a word ("27 % before") is no verb.
var verb = regexp.MustCompile(`%(\[\d+\])?[sdvqf%]`)

func TestFormatsAgree(t *testing.T) {
	fr, en := all(For("fr")), all(For("en"))
	verbs := func(s string) []string {
		v := verb.FindAllString(s, -1)
		sort.Strings(v)
		return v
	}
	for _, path := range sortedKeys(en) {
		assert.Equalf(t, verbs(en[path]), verbs(fr[path]), "%s: the verbs differ\nEN: %s\nFR: %s", path, en[path], fr[path])
	}
}

// The families hold what the model names: every holder, tranche, channel,
// host and source, so no lookup falls back to an id.
func TestFamiliesCoverModel(t *testing.T) {
	s := model.Default()
	for _, lang := range []string{"fr", "en"} {
		tx := For(lang)
		for _, h := range s.Holders {
			_, ok := tx.Holder(h.ID)
			assert.Truef(t, ok, "%s: holder %s", lang, h.ID)
		}
		for _, tr := range s.Tranches {
			_, ok := tx.Tranche(tr.ID)
			assert.Truef(t, ok, "%s: tranche %s", lang, tr.ID)
		}
		for _, rt := range model.Routes(s) {
			assert.NotEqualf(t, rt.ID, tx.Channel(rt.ID), "%s: channel %s", lang, rt.ID)
			assert.NotEqualf(t, rt.ID, tx.Distributor(rt.ID), "%s: distributor %s", lang, rt.ID)
			assert.NotEqualf(t, rt.Host, tx.Host(rt.Host), "%s: host %s", lang, rt.Host)
		}
		for key := range model.Sources() {
			_, ok := tx.SourceNote(key)
			assert.Truef(t, ok, "%s: source note %s", lang, key)
		}
		for _, v := range []model.View{model.ViewFirm, model.ViewAll, model.ViewExpected} {
			assert.NotEmpty(t, tx.ViewName(v))
		}
		assert.Equal(t, tx.errorTemplates["generic"], tx.ErrorTemplate("no-such-code"))
	}
	assert.NotEqual(t, For("fr").ViewName(model.ViewFirm), For("en").ViewName(model.ViewFirm))
}

// For builds afresh: a caller changing its copy changes no one else's.
func TestForIsFresh(t *testing.T) {
	a, b := For("en"), For("en")
	a.Title, a.holders["msft"] = "changed", "changed"
	assert.NotEqual(t, a.Title, b.Title)
	assert.NotEqual(t, a.holders["msft"], b.holders["msft"])
	assert.Equal(t, For("fr").Title, For("de").Title, "French unless English")
}

func TestSupported(t *testing.T) {
	for in, want := range map[string]string{"fr": "fr", "fr-CA": "fr", " EN-us ": "en", "en": "en", "de": "", "": ""} {
		assert.Equalf(t, want, Supported(in), "%q", in)
	}
}

// Typography: curly apostrophes in both languages, “quotes” in English
// and « guillemets » in French, in the texts and the source notes.
func TestTypography(t *testing.T) {
	for lang, wrong := range map[string]string{"fr": `'"“”`, "en": `'"«»`} {
		texts := all(For(lang))
		notes := englishSourceTexts()
		if lang == "fr" {
			notes = frenchSourceTexts()
		}
		for key, note := range notes {
			texts["note["+key+"]"] = note
		}
		for _, path := range sortedKeys(texts) {
			if i := strings.IndexAny(texts[path], wrong); i >= 0 {
				t.Errorf("%s: %s has %q: %q", lang, path, texts[path][i:i+1], texts[path])
			}
		}
	}
}
