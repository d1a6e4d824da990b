package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// download hands the reader a file made in the page: no server involved.
func download(name, mime, content string) {
	win := app.Window()
	blob := win.Get("Blob").New([]any{content}, map[string]any{"type": mime})
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
