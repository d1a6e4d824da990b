package server

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The patch replaces go-app's one top-level start, and refuses an app.js
// it does not recognise.
func TestPatchAppJS(t *testing.T) {
	in := []byte("\ngoappInitServiceWorker();\ngoappWatchForInstallable();\ngoappInitWebAssembly();\n\nasync function goappInitWebAssembly() {\n" +
		"    showProgress(0);\n" +
		"  await instantiateStreaming(\n    fetchWithProgress(\"/web/app.wasm\", showProgress),\n    go.importObject);\n}\n")
	out, err := patchAppJS(in)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(out, []byte(appJSStart)) || !bytes.Contains(out, []byte("window.roundcalcDefersStart")) ||
		!bytes.Contains(out, []byte(`fetch("/web/app.wasm")`)) || bytes.Contains(out, []byte("fetchWithProgress(")) ||
		bytes.Contains(out, []byte("showProgress(0)")) || !bytes.Contains(out, []byte("window.roundcalcDefersWorker")) ||
		bytes.Contains(out, []byte(appJSWorker)) {
		t.Errorf("patched app.js:\n%s", out)
	}
	if _, err := patchAppJS(out); err == nil {
		t.Error("a patched app.js was patched again")
	}
}

// Both the server and the static site serve the patched app.js.
func TestAppJSGated(t *testing.T) {
	s, _ := testServer(t)
	js := body(t, get(s, "/app.js"))
	if !strings.Contains(js, "window.roundcalcDefersStart") || strings.Contains(js, appJSStart) {
		t.Errorf("served app.js is not gated")
	}
	dir := t.TempDir()
	if err := Generate(shellRoot(t), dir, "/", "", testPage); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dir, "app.js"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b, []byte("window.roundcalcDefersStart")) {
		t.Error("dist/app.js is not gated")
	}
}
