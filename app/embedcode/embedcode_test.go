package embedcode

import (
	"crypto/sha256"
	"encoding/base64"
	"net/url"
	"strings"
	"testing"
)

func TestStyleHash(t *testing.T) {
	sum := sha256.Sum256([]byte(Style))
	if h := "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"; h != StyleHash {
		t.Errorf("StyleHash %s, want %s", StyleHash, h)
	}
}

func TestCode(t *testing.T) {
	for _, c := range []struct {
		f    Frame
		want []string
	}{
		{Frame{Src: "/?embed=1&lang=fr", Script: "/web/embed.js", Title: `La levée "x" <y>`},
			[]string{`src="/?embed=1&amp;lang=fr"`, `title="La levée &quot;x&quot; &lt;y&gt;"`, `style="` + Style + `"`,
				`height="650"`, `loading="lazy"`, `<script src="/web/embed.js" async></script>`}},
		{Frame{Src: "/", Script: "/e.js", Height: 900, MaxWidth: 400},
			[]string{`height="900"`, `style="width:100%;max-width:400px;border:0"`}},
	} {
		got := Code(c.f)
		for _, w := range c.want {
			if !strings.Contains(got, w) {
				t.Errorf("Code(%+v) lacks %s:\n%s", c.f, w, got)
			}
		}
	}
}

func TestAMP(t *testing.T) {
	got := AMP(Frame{Src: "https://h/?embed=1&lang=fr&show=verdict,figures", Title: `La levée "x"`, Expand: "Afficher <tout>"})
	for _, w := range []string{
		`<amp-iframe width="640" height="650" layout="responsive" `,
		`sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"`,
		` resizable `, `frameborder="0"`,
		`src="https://h/?embed=1&amp;lang=fr&amp;show=verdict,figures"`,
		`title="La levée &quot;x&quot;"`,
		`<div overflow tabindex="0" role="button" aria-label="Afficher &lt;tout&gt;">Afficher &lt;tout&gt;</div></amp-iframe>`,
	} {
		if !strings.Contains(got, w) {
			t.Errorf("AMP lacks %s:\n%s", w, got)
		}
	}
	if strings.Contains(got, "style=") || strings.Contains(got, "<script") {
		t.Errorf("AMP allows no inline style or script: %s", got)
	}
	if got := AMP(Frame{Src: "/", Height: 900}); !strings.Contains(got, `height="900"`) {
		t.Errorf("AMP with Height 900: %s", got)
	}
}

// TestChildID: only ids of the form Pym.js makes are answered; any other
// (a space, the message delimiter with a URL, too long, none) gives none.
func TestChildID(t *testing.T) {
	for id, want := range map[string]bool{
		"rc": true, "pym-0-x4k2q": true, "roundcalc-preview-phone": true, "a_B-9": true,
		strings.Repeat("a", 64): true,
		"containerxPYMxnavigateToxPYMxhttps://evil.example/phish x": false,
		"rc x": false, "rc\n": false, "rc.1": false, "é": false, "": false,
		strings.Repeat("a", 65): false,
	} {
		got := ChildID(url.Values{"childId": {id}})
		if (got == id && want) || (got == "" && !want) {
			continue
		}
		t.Errorf("ChildID(%q) = %q", id, got)
	}
	if got := ChildID(url.Values{}); got != "" {
		t.Errorf("ChildID of no childId = %q", got)
	}
}
