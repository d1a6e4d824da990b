package server

import (
	"bytes"
	"image"
	"image/png"
	"net/http"
	"os"
	"path/filepath"
	"testing"
)

// The sharing cards: a 1200×630 PNG per language that decodes, whose
// ownership bar carries the holders' colours, and which differ by language
// (their texts do); the server serves them and the static site holds them.
func TestSharingCards(t *testing.T) {
	c, err := cards()
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range pageLangs() {
		b := c[cardPath(lang)]
		img, err := png.Decode(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("%s: %v", lang, err)
		}
		if got := img.Bounds().Size(); got != (image.Point{cardW, cardH}) {
			t.Errorf("%s: %v, want 1200×630", lang, got)
		}
		// Microsoft's segment starts the bar: its colour at the bar's left.
		if r, g, b, _ := img.At(cardMargin+5, 320+28).RGBA(); r>>8 != 0x00 || g>>8 != 0x72 || b>>8 != 0xb2 {
			t.Errorf("%s: the bar does not start with Microsoft's colour", lang)
		}
		if len(b) > 200<<10 {
			t.Errorf("%s: %d bytes, a card of flat colours should be far smaller", lang, len(b))
		}
	}
	if bytes.Equal(c[cardPath("fr")], c[cardPath("en")]) {
		t.Error("the French and English cards are the same picture")
	}

	s, _ := testServer(t)
	res := get(s, "/card-fr.png")
	if res.StatusCode != http.StatusOK || res.Header.Get("Content-Type") != "image/png" || res.Header.Get("ETag") == "" {
		t.Errorf("GET /card-fr.png: %d %v", res.StatusCode, res.Header)
	}
	if got := body(t, res); got != string(c[cardPath("fr")]) {
		t.Error("the server serves another picture")
	}

	dist := filepath.Join(t.TempDir(), "dist")
	if err := Generate(shellRoot(t), dist, "/", "", testPage); err != nil {
		t.Fatal(err)
	}
	for _, lang := range pageLangs() {
		b, err := os.ReadFile(filepath.Join(dist, cardPath(lang)))
		if err != nil || !bytes.Equal(b, c[cardPath(lang)]) {
			t.Errorf("dist/%s: %v", cardPath(lang), err)
		}
	}
}
