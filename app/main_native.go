//go:build !wasm

package main

import (
	"github.com/roundcalc/roundcalc/app/server"
	"github.com/roundcalc/roundcalc/app/text"
)

// runNative serves the app (`make run`) or writes the static site
// (`make dist`); none of it is linked into app.wasm.
func runNative() { server.Main(serverPage()) }

// serverPage is what the server needs to know of the page.
func serverPage() server.Page {
	return server.Page{
		Title:   func(lang string) string { return texts(lang).Title },
		Lang:    text.Supported,
		Own:     isOwnParam,
		Paths:   langPaths(),
		LangKey: paramLang,
	}
}
