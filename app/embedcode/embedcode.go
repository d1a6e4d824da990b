// Package embedcode is the code an editor pastes into an article to embed
// the calculator: a lazily loaded, responsive frame and the listener script
// that sizes it. The page's Embed panel and the server's oEmbed answer
// write the same code with it, and the example article's Content-Security-
// Policy allows the frame's one inline style by its hash.
package embedcode

import (
	"strconv"
	"strings"
)

const (
	// Width and Height are the frame's size announced to oEmbed consumers
	// and written as the frame's height attribute: an article column, and
	// a first height that the listener (the site's embed.js, or the
	// parent's Datawrapper, Pym.js or AMP listener) then corrects.
	Width  = 640
	Height = 650

	// Style is the frame's inline style attribute.
	Style = "width:100%;border:0"
	// StyleHash is Style's CSP hash: sha256 of Style, in base64.
	StyleHash = "'sha256-TqovbTRbAxN7VzGpnZ8NVLMVi0XU1MD5jEEC4ccjERs='"
)

// PymParams are the parameters Pym.js adds to a frame's URL. They belong
// to the page that hosts the frame, so an embed code never carries them.
func PymParams() []string { return []string{"childId", "initialWidth", "parentTitle", "parentUrl"} }

// Frame is one embed code's content.
type Frame struct {
	Src, Script, Title string
	Height             int // 0: Height
	MaxWidth           int // the consumer's limit in px, 0 when none
}

// Code is the embed code of f: the frame, then the listener script.
func Code(f Frame) string {
	height, style := f.Height, Style
	if height <= 0 {
		height = Height
	}
	if f.MaxWidth > 0 {
		style = "width:100%;max-width:" + strconv.Itoa(f.MaxWidth) + "px;border:0"
	}
	return `<iframe data-roundcalc src="` + Attr(f.Src) + `" title="` + Attr(f.Title) +
		`" loading="lazy" style="` + style + `" height="` + strconv.Itoa(height) + `"></iframe>` + "\n" +
		`<script src="` + Attr(f.Script) + `" async></script>`
}

// Attr escapes text for a double-quoted HTML attribute value.
func Attr(s string) string {
	return strings.NewReplacer("&", "&amp;", `"`, "&quot;", "<", "&lt;", ">", "&gt;").Replace(s)
}
