// Package embedcode is the code an editor pastes into an article to embed
// the calculator: a lazily loaded, responsive frame and the listener script
// that sizes it, or for an AMP page an amp-iframe. The page's Embed panel
// and the server's oEmbed answer write the same code with it, and the
// example article's Content-Security-Policy allows the frame's one inline
// style by its hash.
package embedcode

import (
	"net/url"
	"regexp"
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

// ChildIDPattern is the form of a Pym.js child id the page answers to:
// that of the ids Pym.js makes (letters, digits, "-" and "_"), of a bounded
// length. Pym.js writes the id into its messages as it is and reads
// whitespace and its "xPYMx" delimiter there as the message's own parts:
// an id with a space could make the parent read another message than the
// height (navigateTo, which sends the article's reader to another site).
// Without whitespace, the parent's pattern runs to the last delimiter, and
// the message stays a height for any id of this form.
const ChildIDPattern = `^[A-Za-z0-9_-]{1,64}$`

var childIDForm = regexp.MustCompile(ChildIDPattern)

// ChildID is the Pym.js child id a frame's query gives: its childId when it
// has ChildIDPattern's form, else "" (no Pym.js message).
func ChildID(q url.Values) string {
	if id := q.Get("childId"); childIDForm.MatchString(id) {
		return id
	}
	return ""
}

// Frame is one embed code's content.
type Frame struct {
	Src, Script, Title string
	Height             int // 0: Height
	MaxWidth           int // the consumer's limit in px, 0 when none
	// Expand is the text of AMP's overflow element, which AMP shows when it
	// will not grow the frame at once (a frame in view): the reader's way to
	// see all of it.
	Expand string
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

// AMP is the embed code of f for an AMP page: an amp-iframe that AMP
// resizes on the embed's own {sentinel: "amp", type: "embed-size"} message
// (resizable, which needs the overflow element), sandboxed as the calculator
// needs (README: sandboxed frames). Its width and height only give the
// first aspect ratio (layout responsive).
func AMP(f Frame) string {
	height := f.Height
	if height <= 0 {
		height = Height
	}
	return `<amp-iframe width="` + strconv.Itoa(Width) + `" height="` + strconv.Itoa(height) + `" layout="responsive" ` +
		`sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox" resizable frameborder="0" ` +
		`title="` + Attr(f.Title) + `" src="` + Attr(f.Src) + `">` +
		`<div overflow tabindex="0" role="button" aria-label="` + Attr(f.Expand) + `">` + Attr(f.Expand) + `</div></amp-iframe>`
}

// Attr escapes text for a double-quoted HTML attribute value (and for an
// element's text, where the same escapes mean the same characters).
func Attr(s string) string {
	return strings.NewReplacer("&", "&amp;", `"`, "&quot;", "<", "&lt;", ">", "&gt;").Replace(s)
}
