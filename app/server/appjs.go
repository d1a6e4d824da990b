package server

import (
	"bytes"
	"fmt"
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

// patchAppJS hands the wasm's start to the gate. It fails when go-app's
// app.js no longer has the one call it replaces, rather than ship a page
// whose start nobody controls.
func patchAppJS(b []byte) ([]byte, error) {
	if n := bytes.Count(b, []byte(appJSStart)); n != 1 {
		return nil, fmt.Errorf("app.js: %d calls of goappInitWebAssembly() at top level, want 1", n)
	}
	return bytes.Replace(b, []byte(appJSStart), []byte(appJSGate), 1), nil
}
