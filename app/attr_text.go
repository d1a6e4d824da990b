package main

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// attrText prepares text that a reader controls (an investor's name, a link
// with the scenario) for an attribute value.
//
// In the browser go-app sets attributes through the DOM, where a value is
// literal: attrText returns s. On the server go-app writes the prerendered
// page with attribute values in Go quoting (strconv.Quote), not HTML
// escaping, so a `"` would close the attribute and what follows would
// become markup. There every character that Go quoting would rewrite, and
// every character HTML gives a meaning to, becomes a numeric character
// reference: Go quoting leaves those alone and the HTML parser turns them
// back into the characters typed.
func attrText(s string) string {
	if app.IsClient {
		return s
	}
	return attrReferences(s)
}

// attrReferences is attrText's server form.
func attrReferences(s string) string {
	safe := true
	for _, r := range s {
		if !attrLiteral(r) {
			safe = false
			break
		}
	}
	if safe {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for _, r := range s {
		if attrLiteral(r) {
			b.WriteRune(r)
			continue
		}
		if r == utf8.RuneError {
			r = '\uFFFD' // an invalid byte reads as the replacement character in any case
		}
		b.WriteString("&#")
		b.WriteString(strconv.Itoa(int(r)))
		b.WriteByte(';')
	}
	return b.String()
}

// attrLiteral reports whether r goes through Go quoting unchanged and has
// no meaning in an HTML attribute value.
func attrLiteral(r rune) bool {
	switch r {
	case '"', '\\', '&', '<', '>', '\'', utf8.RuneError:
		return false
	}
	return strconv.IsPrint(r)
}
