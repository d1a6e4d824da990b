package server

import (
	"bytes"
	"fmt"
	"regexp"
)

// go-app's app.js starts the wasm as soon as it runs. The page's own
// script (web/pending.js, deferred, so it runs after app.js) decides when
// an embed starts: it sets window.roundcalcDefersStart and calls
// goappInitWebAssembly itself. Without it (the script failed to load, or it
// left the start alone), the wasm starts once the document is parsed, after
// every deferred script, as before.
const (
	appJSStart = "\ngoappInitWebAssembly();\n"
	appJSGate  = "\naddEventListener(\"DOMContentLoaded\", function () {\n" +
		"  if (!window.roundcalcDefersStart) goappInitWebAssembly();\n});\n"
)

// The service worker's registration waits the same way: an embed out of
// view has it cache nothing (the program included) until it comes into
// view (window.roundcalcDefersWorker, then goappInitServiceWorker).
const (
	appJSWorker     = "\ngoappInitServiceWorker();\n"
	appJSWorkerGate = "\naddEventListener(\"DOMContentLoaded\", function () {\n" +
		"  if (!window.roundcalcDefersWorker) goappInitServiceWorker();\n});\n"
)

// go-app feeds the program to the compiler through a JavaScript stream that
// counts its bytes for a progress label: about 90 ms of main-thread work on
// a warm start, and a response with no URL, whose compiled code the browser
// cannot cache for the next visit. The program's own response goes to the
// compiler instead (the loading bar slides, web/pending.js).
var appJSFetch = regexp.MustCompile(`fetchWithProgress\(("[^"]*"), showProgress\)`)

// appJSLabel is app.js's first write of its loading label, from a template
// in one language: the prerendered label, in the page's, stays.
const appJSLabel = "\n    showProgress(0);\n"

// patchAppJS hands the wasm's start to the gate and the program's response
// straight to the compiler, and leaves the prerendered loading label. It fails when go-app's
// app.js no longer has the one call it replaces, rather than ship a page
// whose start nobody controls.
func patchAppJS(b []byte) ([]byte, error) {
	if n := bytes.Count(b, []byte(appJSStart)); n != 1 {
		return nil, fmt.Errorf("app.js: %d calls of goappInitWebAssembly() at top level, want 1", n)
	}
	if n := len(appJSFetch.FindAll(b, -1)); n != 1 {
		return nil, fmt.Errorf("app.js: %d calls of fetchWithProgress(…, showProgress), want 1", n)
	}
	if n := bytes.Count(b, []byte(appJSWorker)); n != 1 {
		return nil, fmt.Errorf("app.js: %d calls of goappInitServiceWorker() at top level, want 1", n)
	}
	b = bytes.Replace(b, []byte(appJSWorker), []byte(appJSWorkerGate), 1)
	if n := bytes.Count(b, []byte(appJSLabel)); n != 1 {
		return nil, fmt.Errorf("app.js: %d calls of showProgress(0), want 1", n)
	}
	b = bytes.Replace(b, []byte(appJSLabel), []byte("\n"), 1)
	b = appJSFetch.ReplaceAll(b, []byte("fetch($1)"))
	return bytes.Replace(b, []byte(appJSStart), []byte(appJSGate), 1), nil
}
