//go:build !js

package wasmtest

// The wasm memory of a long session. WebAssembly memory only grows: what
// the program's heap reaches once, the tab keeps until it closes. The
// page's memory is read from the module's own exported memory, which a
// script evaluated before the page's keeps a handle on.

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// memoryProbeJS keeps the instance's memory in window.__wasmMemory, however
// the page instantiates the module (streaming, or from a module compiled
// in a worker).
const memoryProbeJS = `(() => {
  for (const name of ["instantiateStreaming", "instantiate"]) {
    const inst = WebAssembly[name];
    if (!inst) continue;
    WebAssembly[name] = async function (...a) {
      const r = await inst.apply(this, a);
      const i = r instanceof WebAssembly.Instance ? r : r.instance;
      if (i && i.exports && i.exports.mem) window.__wasmMemory = i.exports.mem;
      return r;
    };
  }
})();`

// watchMemory installs the probe for the documents the tab loads next.
func watchMemory(t testing.TB, ctx context.Context) {
	t.Helper()
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument,
		page.AddScriptToEvaluateOnNewDocumentParams{Source: memoryProbeJS}); err != nil {
		t.Fatal(err)
	}
}

// wasmMB is the size of the wasm memory now, in MB (2^20 bytes).
func wasmMB(t testing.TB, ctx context.Context) float64 {
	t.Helper()
	v := eval[float64](t, ctx, `window.__wasmMemory ? window.__wasmMemory.buffer.byteLength : -1`)
	if v < 0 {
		t.Fatal("the wasm memory was not found (the memory probe saw no instance)")
	}
	return v / (1 << 20)
}

// dragJSMemory moves the pre slider n times, one move per task, as a long
// drag does (input events, no change), then releases it at 900; it
// resolves once the figure shows the release.
const dragJSMemory = `(async (n) => {
  const s = document.querySelector('[data-testid="input-pre"]');
  for (let i = 0; i < n; i++) {
    s.value = String(300 + (i * 7) % 1500);
    s.dispatchEvent(new Event("input", {bubbles: true}));
    await new Promise((r) => setTimeout(r, 0));
  }
  s.value = "900";
  s.dispatchEvent(new Event("input", {bubbles: true}));
  s.dispatchEvent(new Event("change", {bubbles: true}));
  return true;
})`

// importJS chooses a scenario file of about size bytes in the import
// button, as a reader picking it does (the file holds pre=pre and blanks).
const importJS = `((pre, size) => {
  const input = document.querySelector('[data-testid="import-json"]');
  const head = '{"format":"roundcalc-scenario","version":1,"params":{"pre":' + pre + '}';
  const body = head + " ".repeat(Math.max(0, size - head.length - 1)) + "}";
  const dt = new DataTransfer();
  dt.items.add(new File([body], "scenario.json", {type: "application/json"}));
  input.files = dt.files;
  input.dispatchEvent(new Event("change", {bubbles: true}));
  return true;
})`

// memorySession is a long session: a drag of moves moves, then imports
// imports of a file of 1 MB less a little, each awaited on its figure. It
// reports the wasm memory after the start, the drag and the imports, in MB.
func memorySession(t testing.TB, ctx context.Context, base string, moves, imports int) (start, drag, imported float64) {
	t.Helper()
	watchMemory(t, ctx)
	openApp(t, ctx, base+"/?lang=en")
	waitDataValue(t, ctx, "post-money", "840.0000000000")
	start = wasmMB(t, ctx)

	sctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
	defer cancel()
	if _, err := chromedp.Run(sctx, chromedp.Evaluate[chromedp.Void](fmt.Sprintf("%s(%d)", dragJSMemory, moves), chromedp.EvalAwaitPromise)); err != nil {
		t.Fatal(err)
	}
	waitDataValue(t, ctx, "post-money", "1010.0000000000")
	drag = wasmMB(t, ctx)

	const size = 1<<20 - 64
	for i := 0; i < imports; i++ {
		pre := 800 + i%2*100
		if !eval[bool](t, ctx, fmt.Sprintf("%s(%d, %d)", importJS, pre, size)) {
			t.Fatal("no import button")
		}
		waitDataValue(t, ctx, "post-money", fmt.Sprintf("%d.0000000000", pre+110))
	}
	if msg := strings.TrimSpace(textOf(t, ctx, "error")); msg != "" {
		t.Fatalf("an import was refused: %q", msg)
	}
	imported = wasmMB(t, ctx)
	return start, drag, imported
}

// A long session keeps the wasm memory under 60 MB: a drag, then 50
// imports of a file of 1 MB. (The imports alone took it to 94 MB: the
// collector, off during input, waited for a 96 MB limit.) Memory is what is
// observed, not time; the drag is shorter than the bench's 2,000 moves,
// since a collection bounds it once the limit is reached.
func TestMemoryLongSession(t *testing.T) {
	srv := startServer(t)
	ctx := newBrowser(t)
	start, drag, imported := memorySession(t, ctx, srv.URL, 300, 50)
	t.Logf("wasm memory: %.1f MB at the start, %.1f MB after a 300-move drag, %.1f MB after 50 imports of 1 MB", start, drag, imported)
	const bound = 60
	if drag > bound || imported > bound {
		t.Errorf("the wasm memory grew past %d MB: %.1f MB after the drag, %.1f MB after the imports", bound, drag, imported)
	}
}
