package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// download hands the reader a file made in the page: no server involved.
// The content goes to JavaScript as bytes: passed as a string, a leading
// byte-order mark (the CSV's) would be dropped by the string decoding.
func download(name, mime, content string) {
	win := app.Window()
	bytes := win.Get("Uint8Array").New(len(content))
	app.CopyBytesToJS(bytes, []byte(content))
	blob := win.Get("Blob").New([]any{bytes}, map[string]any{"type": mime})
	href := win.Get("URL").Call("createObjectURL", blob)
	a := win.Get("document").Call("createElement", "a")
	a.Set("href", href)
	a.Set("download", name)
	a.Set("rel", "noopener")
	body := win.Get("document").Get("body")
	body.Call("appendChild", a)
	a.Call("click")
	a.Call("remove")
	win.Get("URL").Call("revokeObjectURL", href)
}
