//go:build !wasm

package main

import (
	"encoding/json"
	"net/url"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/roundcalc/roundcalc/model"
)

func TestEmbedSite(t *testing.T) {
	site := embedSite{Origin: "http://h", Path: "/", Lang: "fr", Query: "pre=800", Script: "http://h/web/embed.js",
		Title: "La levée", Expand: "Tout voir"}
	chosen := func(preset string, levers, blocks []string, title bool) embedChoice {
		return embedChoice{Preset: preset, Show: embedOptions{Levers: levers, Blocks: blocks, Title: title}}
	}
	for _, c := range []struct {
		site  embedSite
		c     embedChoice
		frame string // the code's frame
		calc  string // the full calculator
	}{
		// The defaults: the code stays short.
		{site, defaultChoice(), "http://h/?embed=1&lang=fr&pre=800", "http://h/?lang=fr&pre=800"},
		{site, chosen("sftb-short", []string{"t.sftb", "pre"}, []string{"captable", "figures"}, false),
			"http://h/?embed=1&lang=fr&levers=t.sftb,pre&show=captable,figures&t.sftb=20&title=0",
			"http://h/?lang=fr&levers=t.sftb,pre&show=captable,figures&t.sftb=20&title=0"},
		// No block at all is a choice too. A question's scenario is in
		// canonical form (the IPO's 1,000 is the article's), with the view
		// in which it shows.
		{site, chosen("ipo-2026", defaultLevers(), []string{}, true),
			"http://h/?embed=1&lang=fr&q.amzn2=100&show=", "http://h/?lang=fr&q.amzn2=100&show="},
		{site, chosen("amzn-never", defaultLevers(), defaultBlocks(), true),
			"http://h/?embed=1&lang=fr&q.amzn2=0&view=expected", "http://h/?lang=fr&q.amzn2=0&view=expected"},
		// The page's view and other sites' parameters stay; Pym.js's and an
		// earlier choice of blocks do not.
		{embedSite{Origin: "https://x.org", Path: "/roundcalc/", Lang: "en",
			Query: "view=firm&utm_source=a&childId=c1&parentUrl=p&show=routes&levers=rev"}, defaultChoice(),
			"https://x.org/roundcalc/?embed=1&lang=en&utm_source=a&view=firm",
			"https://x.org/roundcalc/?lang=en&utm_source=a&view=firm"},
		// Order is the editor's.
		{site, chosen("", []string{"ipo", "pre", mainTranche}, []string{"contributions", "verdict"}, true),
			"http://h/?embed=1&lang=fr&levers=ipo,pre,q.amzn2&pre=800&show=contributions,verdict",
			"http://h/?lang=fr&levers=ipo,pre,q.amzn2&pre=800&show=contributions,verdict"},
	} {
		if got := c.site.frame(c.c, ""); got != c.frame {
			t.Errorf("%+v: frame %s, want %s", c.c, got, c.frame)
		}
		if got := c.site.calculator(c.c); got != c.calc {
			t.Errorf("%+v: calculator %s, want %s", c.c, got, c.calc)
		}
		// What the embed reads back is what the editor chose.
		u, _ := url.Parse(c.site.frame(c.c, ""))
		q, _ := url.ParseQuery(u.RawQuery)
		s, _ := model.ParseQuery(model.Default(), q)
		if o := readEmbedOptions(q, s); !reflect.DeepEqual(o.Levers, c.c.Show.Levers) ||
			!reflect.DeepEqual(o.Blocks, c.c.Show.Blocks) || o.Title != c.c.Show.Title {
			t.Errorf("%s reads as %+v, want %+v", u, o, c.c.Show)
		}
	}

	c := chosen("sftb-short", []string{"q.amzn2"}, defaultBlocks(), true)
	if got, want := site.frame(c, "rc-p"), "http://h/?childId=rc-p&embed=1&lang=fr&levers=q.amzn2&t.sftb=20"; got != want {
		t.Errorf("preview frame %s, want %s", got, want)
	}
	code := site.code(c, 0)
	for _, w := range []string{`src="http://h/?embed=1&amp;lang=fr&amp;levers=q.amzn2&amp;t.sftb=20"`,
		`<script src="http://h/web/embed.js" async></script>`, `title="La levée"`} {
		if !strings.Contains(code, w) {
			t.Errorf("code lacks %s:\n%s", w, code)
		}
	}
	amp := site.amp(c, 0)
	for _, w := range []string{"<amp-iframe ", `src="http://h/?embed=1&amp;lang=fr&amp;levers=q.amzn2&amp;t.sftb=20"`,
		` resizable `, `<div overflow tabindex="0" role="button" aria-label="Tout voir">Tout voir</div>`} {
		if !strings.Contains(amp, w) {
			t.Errorf("AMP code lacks %s:\n%s", w, amp)
		}
	}
	if got, want := site.oembed(c), "http://h/oembed?url="+url.QueryEscape("http://h/?lang=fr&levers=q.amzn2&t.sftb=20")+"&format=json"; got != want {
		t.Errorf("oEmbed %s, want %s", got, want)
	}
}

// The default levers are inputs of the article's scenario.
func TestDefaultLeversAreInputs(t *testing.T) {
	has := paramsOf(model.Default())
	for _, l := range defaultLevers() {
		if !has[l] {
			t.Errorf("default lever %q is not an input", l)
		}
	}
}

// The server's oEmbed answer for the builder's oEmbed address holds the
// builder's own code: the same frame, what it shows included.
func TestBuilderOEmbedIsTheCode(t *testing.T) {
	s := pageServer(t)
	site := embedSite{Origin: "http://example.com", Path: "/", Lang: "en", Query: "pre=800&view=firm", Script: "http://example.com/web/embed.js"}
	srcRe := regexp.MustCompile(`<iframe data-roundcalc src="([^"]+)"`)
	for _, c := range []embedChoice{
		defaultChoice(),
		{Preset: "nothing-paid", Show: embedOptions{Levers: []string{"haircut", "unpaid"}, Blocks: []string{"collapse", "exposure"}, Title: false}},
		{Show: embedOptions{Levers: []string{}, Blocks: []string{"figures"}, Title: true}},
	} {
		res := get(s, strings.TrimPrefix(site.oembed(c), site.Origin))
		var o struct{ HTML string }
		if err := json.Unmarshal([]byte(body(t, res)), &o); err != nil {
			t.Fatal(err)
		}
		m := srcRe.FindStringSubmatch(o.HTML)
		if m == nil {
			t.Fatalf("%+v: no frame in %s", c, o.HTML)
		}
		got, _ := url.Parse(strings.ReplaceAll(m[1], "&amp;", "&"))
		want, _ := url.Parse(site.frame(c, ""))
		if got.Path != want.Path || !reflect.DeepEqual(got.Query(), want.Query()) {
			t.Errorf("%+v: the oEmbed answer's frame is %s, the builder's %s", c, got, want)
		}
	}
}
