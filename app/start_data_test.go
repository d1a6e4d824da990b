//go:build !wasm

package main

import (
	"encoding/json"
	"html"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/roundcalc/roundcalc/app/embedcode"
	"github.com/roundcalc/roundcalc/model"
)

// The script that runs before the program reads what it knows of the page
// from data-start: every key it reads is written, every key written is
// read, and the lists say what isOwnParam, the model and Pym.js say.

// startScripts are the script that runs before the program, web/pending.js,
// and its parts (web/pending-*.js).
func startScripts(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "web", "pending*.js"))
	if err != nil || len(files) < 2 {
		t.Fatalf("the start's scripts: %v %v", files, err)
	}
	return files
}

// scriptKeys are the keys the start's scripts read of the start data
// (cfg.x), its texts (say.x) and its height messages (hm.x); web/lang.js
// too, which shapes an embed's page before the first paint.
func scriptKeys(t *testing.T) map[string][]string {
	t.Helper()
	var all []byte
	for _, f := range append(startScripts(t), filepath.Join("..", "web", "lang.js")) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, b...)
	}
	out := map[string][]string{}
	for _, m := range regexp.MustCompile(`\b(cfg|say|hm)\.(\w+)`).FindAllStringSubmatch(string(all), -1) {
		if !slices.Contains(out[m[1]], m[2]) {
			out[m[1]] = append(out[m[1]], m[2])
		}
	}
	for _, v := range out {
		sort.Strings(v)
	}
	return out
}

func keysOf(m map[string]any) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func TestStartDataIsWhatTheScriptReads(t *testing.T) {
	read := scriptKeys(t)
	for _, lang := range []string{"fr", "en"} {
		var data map[string]any
		raw, err := url.PathUnescape(startJSON(lang))
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal([]byte(raw), &data); err != nil {
			t.Fatal(err)
		}
		texts, _ := data["text"].(map[string]any)
		height, _ := data["height"].(map[string]any)
		for _, c := range []struct {
			name    string
			written []string
		}{{"cfg", keysOf(data)}, {"say", keysOf(texts)}, {"hm", keysOf(height)}} {
			if !slices.Equal(read[c.name], c.written) {
				t.Errorf("%s: the start's scripts read %s.%v, the page writes %v", lang, c.name, read[c.name], c.written)
			}
		}
		for k, v := range texts {
			if s, _ := v.(string); strings.TrimSpace(s) == "" {
				t.Errorf("%s: the text %q is empty", lang, k)
			}
		}
		if data["lang"] != lang {
			t.Errorf("the start data of a %s page says lang %v", lang, data["lang"])
		}
	}
	fr, _ := url.PathUnescape(startJSON("fr"))
	en, _ := url.PathUnescape(startJSON("en"))
	if strings.ContainsAny(startJSON("fr")+startJSON("en"), `"\<>&' `) {
		t.Error("the start data holds a character an attribute would need escaped")
	}
	if !strings.Contains(fr, `"decimal":","`) || !strings.Contains(en, `"decimal":"."`) {
		t.Errorf("decimal separators: fr %s, en %s", fr, en)
	}
}

// matches is the script's test of a parameter against a list.
func matches(list []string, name string) bool {
	for _, n := range list {
		if n == name || (strings.HasSuffix(n, ".") && strings.HasPrefix(name, n)) {
			return true
		}
	}
	return false
}

func TestStartDataListsAgreeWithThePage(t *testing.T) {
	var names []string
	for p := range model.Params() {
		name := p.Name
		if p.Family {
			name += ".x1"
		}
		names = append(names, name)
	}
	names = append(names, "name.x1", "view", "lang", "embed", "open", "levers", "show", "title")
	names = append(names, embedcode.PymParams()...)
	names = append(names, "wasm", "utm_source", "prefix")
	for _, name := range names {
		figure := model.IsParam(name) || name == "view"
		if got := matches(figureParams(), name); got != figure {
			t.Errorf("%s: a figure's parameter to the script: %v, to the page: %v", name, got, figure)
		}
		shown := isOwnParam(name) || slices.Contains(embedParams(), name)
		if got := matches(pageParams(), name); got != shown {
			t.Errorf("%s: changes the page to the script: %v, to the page: %v", name, got, shown)
		}
		frame := slices.Contains(embedcode.PymParams(), name) || name == "wasm" || name == "embed"
		if got := matches(frameParams(), name); got != frame {
			t.Errorf("%s: the frame's to the script: %v, want %v", name, got, frame)
		}
	}
}

// TestScriptsSpellNoParameter: the scripts of web/ name no parameter of
// the model's table, nor Pym.js's, not even as a word or a variable: they
// read them from the page.
func TestScriptsSpellNoParameter(t *testing.T) {
	files := startScripts(t) // (the embed's listener, the language's redirect and the compile worker read no parameter)
	// A one-letter family counts with its dot and a member ("s.msft"),
	// not as the English possessive.
	var words []string
	for _, k := range append(model.ParamKeys(), embedcode.PymParams()...) {
		if n := strings.TrimSuffix(k, "."); len(n) == 1 {
			words = append(words, regexp.QuoteMeta(k)+`\w`)
		} else if n != "name" {
			words = append(words, regexp.QuoteMeta(n)+`\b`)
		}
	}
	word := regexp.MustCompile(`(?i)\b(` + strings.Join(words, "|") + `)`)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(string(b), "\n") {
			if m := word.FindString(line); m != "" {
				t.Errorf("%s:%d names %q: %s", f, i+1, m, strings.TrimSpace(line))
			}
		}
	}
}

// TestPrerenderHandsTheStartData: the page the server prerenders carries
// the start data of its language.
func TestPrerenderHandsTheStartData(t *testing.T) {
	s := pageServer(t)
	for _, c := range []struct{ path, lang string }{{"/?lang=fr", "fr"}, {"/?lang=en&embed=1", "en"}} {
		page := body(t, get(s, c.path))
		m := regexp.MustCompile(`data-start="([^"]*)"`).FindStringSubmatch(page)
		if m == nil {
			t.Fatalf("%s: no data-start in the prerendered page", c.path)
		}
		if got := html.UnescapeString(m[1]); got != startJSON(c.lang) {
			t.Errorf("%s: data-start %s, want %s", c.path, got, startJSON(c.lang))
		}
	}
}
