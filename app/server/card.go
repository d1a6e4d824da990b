package server

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"strings"

	"github.com/shopspring/decimal"
	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"

	"github.com/roundcalc/roundcalc/app/text"
	"github.com/roundcalc/roundcalc/model"
)

// The sharing card: the picture a social network or a messaging app shows
// beside a link to the calculator (og:image, twitter:image). It is drawn
// in Go from the article's scenario, one per language, when the server
// starts and when `make dist` writes the site: the round's headline figures
// and the ownership after it, in the Go fonts (embedded, no remote font).
const (
	cardW, cardH = 1200, 630
	cardMargin   = 64
)

// cardPath is the card's URL path under the site's base for a language.
func cardPath(lang string) string { return "card-" + lang + ".png" }

// pageLangs are the languages the page speaks: a card and a manifest each.
func pageLangs() []string { return []string{"fr", "en"} }

// Holder colours of the page's palette (Okabe-Ito, colour-blind safe), as
// web/app.css and the charts have them.
func cardHolderColour(id string) color.RGBA {
	hex := map[string]string{
		model.Microsoft: "0072b2", model.Foundation: "009e73", model.SoftBank: "d55e00",
		model.Nvidia: "56b4e9", model.Amazon: "e69f00", model.Others: "999999",
	}[id]
	if hex == "" {
		hex = "cc79a7"
	}
	var c color.RGBA
	fmt.Sscanf(hex, "%02x%02x%02x", &c.R, &c.G, &c.B)
	c.A = 255
	return c
}

// card draws the sharing card in lang as a PNG.
func card(lang string) ([]byte, error) {
	t := text.For(lang)
	s := model.Default()
	r, errs := model.Compute(s)
	if len(errs) > 0 {
		return nil, fmt.Errorf("the article's scenario: %v", errs)
	}
	o := r.View(model.ViewAll)

	regular, err := opentype.Parse(goregular.TTF)
	if err != nil {
		return nil, err
	}
	bold, err := opentype.Parse(gobold.TTF)
	if err != nil {
		return nil, err
	}
	face := func(f *opentype.Font, size float64) (font.Face, error) {
		return opentype.NewFace(f, &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingFull})
	}

	ink := color.RGBA{0x1b, 0x1f, 0x24, 255}
	muted := color.RGBA{0x5b, 0x61, 0x6b, 255}
	theme := color.RGBA{0x14, 0x36, 0x5d, 255}
	img := image.NewRGBA(image.Rect(0, 0, cardW, cardH))
	draw.Draw(img, img.Bounds(), image.NewUniform(color.White), image.Point{}, draw.Src)
	draw.Draw(img, image.Rect(0, 0, cardW, 12), image.NewUniform(theme), image.Point{}, draw.Src)

	// The Go fonts have no narrow no-break space (French puts one before %
	// and between thousands): a no-break space stands in for it.
	glyphs := strings.NewReplacer("\u202f", "\u00a0")
	write := func(f font.Face, c color.Color, x, y int, s string) int {
		s = glyphs.Replace(s)
		d := &font.Drawer{Dst: img, Src: image.NewUniform(c), Face: f, Dot: fixed.P(x, y)}
		d.DrawString(s)
		return d.Dot.X.Round()
	}
	// fit shortens s with an ellipsis until it is at most w pixels wide.
	width := func(f font.Face, s string) int { return font.MeasureString(f, glyphs.Replace(s)).Round() }
	fit := func(f font.Face, s string, w int) string {
		for width(f, s) > w && len([]rune(s)) > 1 {
			r := []rune(strings.TrimSuffix(s, "…"))
			s = string(r[:len(r)-1]) + "…"
		}
		return s
	}

	// The title, the figures, their labels and the legend.
	var faces [4]font.Face
	for i, f := range []struct {
		font *opentype.Font
		size float64
	}{{bold, 52}, {bold, 64}, {regular, 26}, {regular, 22}} {
		if faces[i], err = face(f.font, f.size); err != nil {
			return nil, err
		}
	}
	titleFace, figFace, labelFace, legendFace := faces[0], faces[1], faces[2], faces[3]
	inner := cardW - 2*cardMargin
	write(titleFace, ink, cardMargin, 100, fit(titleFace, t.Title, inner))

	// The headline figures, three columns each as wide as its figure or
	// its label, the room left shared between the gaps.
	figs := []struct{ label, value string }{
		{t.Post, text.Money(lang, o.PostMoney)},
		{t.Raised, text.Money(lang, o.Raised)},
		{t.Dilution, text.PercentOf(lang, o.Dilution)},
	}
	cols, used := make([]int, len(figs)), 0
	for i, f := range figs {
		cols[i] = max(width(figFace, f.value), width(labelFace, f.label))
		used += cols[i]
	}
	gap := 32
	if len(figs) > 1 && inner > used {
		gap = max(gap, (inner-used)/(len(figs)-1))
	}
	x := cardMargin
	for i, f := range figs {
		room := min(cols[i], cardMargin+inner-x)
		write(figFace, theme, x, 215, f.value)
		write(labelFace, muted, x, 255, fit(labelFace, f.label, room))
		x += cols[i] + gap
	}

	// Ownership after the round: one bar, each holder as wide as its
	// stake, then the legend with the stakes as the cap table shows them.
	stakes := make([]decimal.Decimal, len(o.Holders))
	for i, h := range o.Holders {
		stakes[i] = h.After
	}
	shown := model.DisplayStakes(stakes, 2)
	barTop, barH := 320, 56
	x = cardMargin
	for i, h := range o.Holders {
		w := int(h.After.Mul(decimal.NewFromInt(int64(inner))).Round(0).IntPart())
		if i == len(o.Holders)-1 {
			w = cardMargin + inner - x // the last segment closes the bar
		}
		draw.Draw(img, image.Rect(x, barTop, x+w, barTop+barH), image.NewUniform(cardHolderColour(h.ID)), image.Point{}, draw.Src)
		x += w
	}
	lx, ly := cardMargin, barTop+barH+50
	for i, h := range o.Holders {
		item := text.Plain(t.HolderName(s, h.ID)) + " " + text.Percent(lang, shown[i], 2)
		w := 22 + 10 + width(legendFace, item) + 28
		if lx+w > cardMargin+inner {
			lx, ly = cardMargin, ly+38
		}
		draw.Draw(img, image.Rect(lx, ly-18, lx+22, ly+4), image.NewUniform(cardHolderColour(h.ID)), image.Point{}, draw.Src)
		write(legendFace, ink, lx+32, ly, item)
		lx += w
	}
	write(labelFace, muted, cardMargin, cardH-44, fit(labelFace, t.CardCredit, inner))

	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// cards draws the card in every language, keyed by path.
func cards() (map[string][]byte, error) {
	out := map[string][]byte{}
	for _, lang := range pageLangs() {
		b, err := card(lang)
		if err != nil {
			return nil, err
		}
		out[cardPath(lang)] = b
	}
	return out, nil
}
