package embedcode

import (
	"crypto/sha256"
	"encoding/base64"
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
