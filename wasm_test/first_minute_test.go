//go:build !js

package wasmtest

// A reader's first minute: whatever they do on the prerendered page before
// the program runs (drag a slider with a mouse or a finger, type into a
// field, click or tap a question, open a section, switch the language,
// choose the view) is what the page shows once it runs, as a running page
// would have shown it; on both hosts, in both browser languages, in each
// state of the start.

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/shopspring/decimal"

	"github.com/roundcalc/roundcalc/model"
)

// readerTab is a fresh tab in a browser context of its own (no cache, no
// service worker shared with another case) whose browser speaks lang.
func readerTab(t *testing.T, browser context.Context, ua, lang string) context.Context {
	t.Helper()
	ctx, cancel := chromedp.NewContext(browser, chromedp.WithNewBrowserContext())
	t.Cleanup(cancel)
	al := map[string]string{"fr": "fr-FR,fr", "en": "en-US,en"}[lang]
	if _, err := chromedp.Call(ctx, emulation.SetUserAgentOverride, emulation.SetUserAgentOverrideParams{UserAgent: ua, AcceptLanguage: al}); err != nil {
		t.Fatal(err)
	}
	return ctx
}

// spot scrolls the element into view and returns a point on it: frac of
// its width from its left edge, halfway down.
func spot(t *testing.T, ctx context.Context, sel string, frac float64) (x, y float64) {
	t.Helper()
	p := eval[[]float64](t, ctx, fmt.Sprintf(`(() => {
		const el = document.querySelector(%s);
		if (!el) return [];
		el.scrollIntoView({block: "center"});
		const r = el.getBoundingClientRect();
		return [r.left + %f * r.width, r.top + r.height / 2];
	})()`, jsString(sel), frac))
	if len(p) != 2 {
		t.Fatalf("no %s on the page", sel)
	}
	return p[0], p[1]
}

func mouseAt(t *testing.T, ctx context.Context, typ input.DispatchMouseEventType, x, y float64, buttons, clicks int64) {
	t.Helper()
	p := input.DispatchMouseEventParams{Type: typ, X: x, Y: y, Buttons: buttons, ClickCount: clicks}
	if typ != input.DispatchMouseEventTypeMouseMoved {
		p.Button = input.MouseButtonLeft
	}
	if _, err := chromedp.Call(ctx, input.DispatchMouseEvent, p); err != nil {
		t.Fatal(err)
	}
}

func touchAt(t *testing.T, ctx context.Context, typ input.DispatchTouchEventType, x, y float64) {
	t.Helper()
	p := input.DispatchTouchEventParams{Type: typ, TouchPoints: []*input.TouchPoint{}}
	if typ != input.DispatchTouchEventTypeTouchEnd {
		p.TouchPoints = []*input.TouchPoint{{X: x, Y: y}}
	}
	if _, err := chromedp.Call(ctx, input.DispatchTouchEvent, p); err != nil {
		t.Fatal(err)
	}
}

// grab keeps the element under the reader's pointer (the page may be
// replaced at the release); grabbedValue is its value once the gesture is
// over.
func grab(t *testing.T, ctx context.Context, testid string) {
	eval[bool](t, ctx, fmt.Sprintf(`!!(window.__grabbed = document.querySelector(%s))`, jsString(testidSelector(testid))))
}

func grabbedValue(t *testing.T, ctx context.Context) string {
	return eval[string](t, ctx, `window.__grabbed.value`)
}

// A gesture does something to the page and says what the page's address
// must carry once the program runs (the figures then follow from it).
type gesture struct {
	name string
	do   func(t *testing.T, ctx context.Context) url.Values
	// check is what else must hold once the program runs.
	check func(t *testing.T, ctx context.Context)
}

func mouseDrag(testid, param string) gesture {
	return gesture{name: "mouse drag " + param, do: func(t *testing.T, ctx context.Context) url.Values {
		sel := testidSelector(testid)
		x0, y := spot(t, ctx, sel, 0.5)
		x1, _ := spot(t, ctx, sel, 0.8)
		grab(t, ctx, testid)
		mouseAt(t, ctx, input.DispatchMouseEventTypeMousePressed, x0, y, 1, 1)
		for i := 1; i <= 6; i++ {
			mouseAt(t, ctx, input.DispatchMouseEventTypeMouseMoved, x0+(x1-x0)*float64(i)/6, y, 1, 0)
		}
		mouseAt(t, ctx, input.DispatchMouseEventTypeMouseReleased, x1, y, 0, 1)
		return url.Values{param: {grabbedValue(t, ctx)}} // where the slider followed the pointer to
	}}
}

func touchDrag(testid, param string) gesture {
	return gesture{name: "touch drag " + param, do: func(t *testing.T, ctx context.Context) url.Values {
		sel := testidSelector(testid)
		x0, y := spot(t, ctx, sel, 0.5)
		x1, _ := spot(t, ctx, sel, 0.25)
		grab(t, ctx, testid)
		touchAt(t, ctx, input.DispatchTouchEventTypeTouchStart, x0, y)
		for i := 1; i <= 6; i++ {
			touchAt(t, ctx, input.DispatchTouchEventTypeTouchMove, x0+(x1-x0)*float64(i)/6, y)
		}
		touchAt(t, ctx, input.DispatchTouchEventTypeTouchEnd, 0, 0)
		v := grabbedValue(t, ctx)
		if v == fmt.Sprint(eval[float64](t, ctx, `+window.__grabbed.defaultValue`)) {
			t.Errorf("the finger did not move the slider (%s)", v)
		}
		return url.Values{param: {v}}
	}}
}

// typeValue clicks into the field, selects its number (Ctrl+A), types keys
// and Enter.
func typeValue(testid, param, keys string) gesture {
	return typing("type into "+param, testid, param, keys, false)
}

// typeOnceStarted is typeValue whose keys come only once the program's page
// has replaced the prerendered one (the click started it): the number
// selected in the prerendered field is still selected in the program's.
func typeOnceStarted(testid, param, keys string) gesture {
	return typing("type once started into "+param, testid, param, keys, true)
}

func typing(name, testid, param, keys string, onceStarted bool) gesture {
	return gesture{name: name, do: func(t *testing.T, ctx context.Context) url.Values {
		x, y := spot(t, ctx, testidSelector(testid), 0.3)
		grab(t, ctx, testid)
		mouseAt(t, ctx, input.DispatchMouseEventTypeMousePressed, x, y, 1, 1)
		mouseAt(t, ctx, input.DispatchMouseEventTypeMouseReleased, x, y, 0, 1)
		step(t, ctx, chromedp.KeyEvent("a", chromedp.KeyModifiers(chromedp.ModifierCtrl))) // the number selected
		if onceStarted {
			poll(t, ctx, `!window.__grabbed.isConnected`, appTimeout)
		}
		step(t, ctx, chromedp.KeyEvent(keys))
		step(t, ctx, chromedp.KeyEvent(kb.Enter))
		return url.Values{param: {keys}}
	}, check: func(t *testing.T, ctx context.Context) {
		// The reader's place: the field keeps the focus, the caret after
		// what they typed.
		poll(t, ctx, fmt.Sprintf(`(() => { const el = document.activeElement;
			return !!el && el.dataset.testid === %s && el.value === %s && el.selectionStart === el.value.length; })()`,
			jsString(testid), jsString(keys)), stepTimeout)
	}}
}

// linkQuery is what a link on the page asks for.
func linkQuery(t *testing.T, ctx context.Context, testid string) url.Values {
	href := eval[string](t, ctx, fmt.Sprintf(`document.querySelector(%s).href`, jsString(testidSelector(testid))))
	u, err := url.Parse(href)
	if err != nil {
		t.Fatal(err)
	}
	return u.Query()
}

func mouseClick(testid string, want func(t *testing.T, ctx context.Context) url.Values) gesture {
	return gesture{name: "click " + testid, do: func(t *testing.T, ctx context.Context) url.Values {
		w := want(t, ctx)
		x, y := spot(t, ctx, testidSelector(testid), 0.5)
		mouseAt(t, ctx, input.DispatchMouseEventTypeMousePressed, x, y, 1, 1)
		mouseAt(t, ctx, input.DispatchMouseEventTypeMouseReleased, x, y, 0, 1)
		return w
	}}
}

func touchTap(testid string, want func(t *testing.T, ctx context.Context) url.Values) gesture {
	return gesture{name: "tap " + testid, do: func(t *testing.T, ctx context.Context) url.Values {
		w := want(t, ctx)
		x, y := spot(t, ctx, testidSelector(testid), 0.5)
		touchAt(t, ctx, input.DispatchTouchEventTypeTouchStart, x, y)
		touchAt(t, ctx, input.DispatchTouchEventTypeTouchEnd, 0, 0)
		return w
	}}
}

func presetQuery(testid string) func(t *testing.T, ctx context.Context) url.Values {
	return func(t *testing.T, ctx context.Context) url.Values {
		q := linkQuery(t, ctx, testid)
		q.Del("open") // kept with the sections the reader opened
		// The server's prerender in the browser's language names it in its
		// links; the program's page, in the same language, does not.
		q.Del("lang")
		return q
	}
}

// chooseViewByKeys: a keyboard reader reaches the view chooser and moves
// to the next view with the arrow key.
var chooseViewByKeys = gesture{name: "view chooser", do: func(t *testing.T, ctx context.Context) url.Values {
	next := eval[string](t, ctx, `(() => { const s = document.querySelector('[data-testid="input-view"]');
		s.scrollIntoView({block: "center"}); s.focus(); return s.options[s.selectedIndex + 1].value; })()`)
	step(t, ctx, chromedp.KeyEvent(kb.ArrowDown))
	return url.Values{"view": {next}}
}}

var toggleSection = mouseClick("toggle-tranches", func(*testing.T, context.Context) url.Values {
	return url.Values{"open": {"tranches"}}
})

var switchLanguage = mouseClick("lang-switch", func(t *testing.T, ctx context.Context) url.Values {
	return url.Values{"lang": {eval[string](t, ctx, `document.querySelector('[data-testid="lang-switch"]').lang`)}}
})

// held is a state of the start: the page as the reader finds it, made to
// last for the test.
type heldState struct {
	name string
	// hold loads url and holds the page in its state; it returns what
	// lets the program go on (nil: the reader's gesture does).
	hold func(t *testing.T, ctx context.Context, url string) func()
}

var startStates = []heldState{
	{"not yet fetched", func(t *testing.T, ctx context.Context, u string) func() {
		h := holdWasm(t, ctx)
		navigate(t, ctx, u)
		if !eventually(appTimeout, func() bool { return h.held() > 0 }) {
			t.Fatal("the page never asked for app.wasm")
		}
		return func() { h.release(t) }
	}},
	{"compiled and waiting", func(t *testing.T, ctx context.Context, u string) func() {
		navigate(t, ctx, u)
		if err := pollErr(ctx, `document.documentElement.dataset.wasm === "held"`, appTimeout); err != nil {
			t.Fatalf("the page is not held (data-wasm %q, <html lang=%q>, navigator %q): %v", eval[string](t, ctx, `document.documentElement.dataset.wasm`),
				eval[string](t, ctx, `document.documentElement.lang`), eval[string](t, ctx, `navigator.language`), err)
		}
		return nil
	}},
	{"starting", func(t *testing.T, ctx context.Context, u string) func() {
		// Told to start (a key pressed), the program on its way.
		h := holdWasm(t, ctx)
		navigate(t, ctx, u)
		if !eventually(appTimeout, func() bool { return h.held() > 0 }) {
			t.Fatal("the page never asked for app.wasm")
		}
		eval[bool](t, ctx, `document.dispatchEvent(new KeyboardEvent("keydown", {key: "Shift"})), true`)
		poll(t, ctx, `document.documentElement.dataset.wasm === "started"`, stepTimeout)
		return func() { h.release(t) }
	}},
}

// isArticleValue: the address leaves out a parameter at the article's value.
func isArticleValue(param, v string) bool {
	d, ok := model.Default().Value(param)
	w, err := decimal.NewFromString(v)
	return ok && err == nil && d.Equal(w)
}

// figureHooks are the figures compared with a running page's.
var figureHooks = []string{"post-money", "raised", "dilution", "stake-after-msft", "stake-after-amzn"}

// TestFirstMinute: every gesture in every state of the start, in both
// browser languages, on both hosts.
func TestFirstMinute(t *testing.T) {
	srv := startServer(t)
	static := serveDist(t, nil)
	// A browser per language: its service worker's requests speak it too.
	browsers := map[string]context.Context{}
	for _, lang := range []string{"fr", "en"} {
		al := map[string]string{"fr": "fr-FR,fr", "en": "en-US,en"}[lang]
		browsers[lang] = newBrowser(t, chromedp.Flag("lang", al[:5]), chromedp.Flag("accept-lang", al))
	}
	ua := strings.Replace(eval[string](t, browsers["fr"], `navigator.userAgent`), "Headless", "", 1)
	hosts := []struct{ name, url string }{{"make run", srv.URL}, {"static", static.URL}}

	// Gestures alone, from the state "compiled and waiting", where the
	// gesture is also what starts the program; and in sequences while the
	// program is held further back (every gesture lands before it runs).
	alone := []gesture{
		mouseDrag("input-pre", "pre"), touchDrag("input-pre", "pre"), typeValue("field-pre", "pre", "800"),
		typeOnceStarted("field-pre", "pre", "800"),
		mouseClick("preset-amzn-never", presetQuery("preset-amzn-never")),
		touchTap("preset-amzn-never", presetQuery("preset-amzn-never")),
		toggleSection, switchLanguage, chooseViewByKeys,
	}
	sequences := [][]gesture{
		{mouseClick("preset-amzn-never", presetQuery("preset-amzn-never")), toggleSection,
			typeValue("field-pre", "pre", "800"), mouseDrag("input-ipo", "ipo"), chooseViewByKeys, switchLanguage},
		{touchTap("preset-ipo-2026", presetQuery("preset-ipo-2026")), touchDrag("input-pre", "pre")},
	}
	for _, host := range hosts {
		for _, lang := range []string{"fr", "en"} {
			// The state "compiled and waiting" is the one most readers
			// find: its cases share a browser that has visited the page
			// (its service worker and compiled code at hand); the others
			// need the program fetched from the network, in a fresh one.
			browser := browsers[lang]
			warm := readerTab(t, browser, ua, lang)
			for _, st := range startStates {
				runs := sequences
				if st.name == "compiled and waiting" {
					runs = nil
					for _, g := range alone {
						runs = append(runs, []gesture{g})
					}
				}
				for _, seq := range runs {
					var names []string
					for _, g := range seq {
						names = append(names, g.name)
					}
					t.Run(fmt.Sprintf("%s/%s/%s/%s", host.name, lang, st.name, strings.Join(names, ", ")), func(t *testing.T) {
						ctx := warm
						if st.name != "compiled and waiting" {
							ctx = readerTab(t, browser, ua, lang)
						}
						release := st.hold(t, ctx, host.url+"/")
						if !eval[bool](t, ctx, `!!document.getElementById("app-wasm-loader")`) {
							t.Fatal("the program runs already: the test holds nothing")
						}
						eval[bool](t, ctx, `window.__sameDocument = true`)
						want := url.Values{}
						for _, g := range seq {
							for k, v := range g.do(t, ctx) {
								want[k] = v
							}
						}
						if release != nil {
							release()
						}
						poll(t, ctx, `!document.getElementById("app-wasm-loader")`, appTimeout)
						got := waitAddress(t, ctx, stepTimeout, fmt.Sprint(want), func(q url.Values) bool {
							for k, v := range want {
								if k == "open" && strings.Contains(q.Get(k), v[0]) {
									continue
								}
								if q.Get(k) != v[0] && (q.Has(k) || !isArticleValue(k, v[0])) {
									return false
								}
							}
							return true
						})
						if g := seq[0]; len(seq) == 1 && g.check != nil {
							g.check(t, ctx) // (in a sequence, the next gesture takes the focus)
						}
						if !eval[bool](t, ctx, `window.__sameDocument === true`) {
							t.Error("the page was loaded again")
						}
						if open := want.Get("open"); open != "" {
							poll(t, ctx, fmt.Sprintf(`document.querySelector('#fold-%s-toggle').getAttribute("aria-expanded") === "true"`, open), stepTimeout)
						}
						if l := want.Get("lang"); l != "" {
							poll(t, ctx, fmt.Sprintf(`document.documentElement.lang === %q`, l), stepTimeout)
						}
						// The figures are those a running page shows for the same
						// address (the server computes them with the program's code).
						compareWithRunningPage(t, ctx, srv.URL, got)
					})
				}
			}
		}
	}
}

// compareWithRunningPage checks the page's figures against the server's
// page for the same scenario.
func compareWithRunningPage(t *testing.T, ctx context.Context, server string, q url.Values) {
	t.Helper()
	ref, _ := httpGet(t, server+"/?"+q.Encode())
	for _, h := range figureHooks {
		want := prerenderedValue(t, ref, h)
		poll(t, ctx, fmt.Sprintf(`(() => { const el = document.querySelector(%s); return !!el && el.dataset.value === %s; })()`,
			jsString(testidSelector(h)), jsString(want)), stepTimeout)
	}
}
