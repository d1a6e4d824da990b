//go:build !js

package wasmtest

// The address is read honestly: a pair the page cannot read is named in a
// message, and with the wasm switched off the prerendered figures never
// pass for another scenario's.

import (
	"html"
	"net/url"
	"regexp"
	"strings"
	"testing"
)

// prerenderedError returns the text of the error region in a page's HTML.
func prerenderedError(t testing.TB, page string) string {
	t.Helper()
	m := regexp.MustCompile(`<div[^>]*data-testid="error"[^>]*>([^<]*)</div>`).FindStringSubmatch(page)
	if m == nil {
		t.Fatal("no error region in the prerendered page")
	}
	return html.UnescapeString(m[1])
}

// A pair that does not unescape, or carries a semicolon, is refused with a
// message naming it, by the server's prerender and by the wasm page; the
// pairs that can be read apply.
func TestUnreadableParameters(t *testing.T) {
	srv := startServer(t)
	ctx := newBrowser(t)
	for _, c := range []struct {
		query string
		want  []string // parts of the message
		post  string
	}{
		{"pre=%zz", []string{named("pre"), "%zz"}, defaultPostMoney},
		{"pre=6%0&ipo=%", []string{named("pre"), "6%0", named("ipo")}, defaultPostMoney},
		{"pre=600;ipo=2000", []string{named("pre"), "600;ipo=2000"}, defaultPostMoney},
		{"pre=%zz&t.x1=20", []string{named("pre")}, "860.0000000000"},
	} {
		t.Run(c.query, func(t *testing.T) {
			u := srv.URL + "/?lang=en&" + c.query
			page, _ := httpGet(t, u)
			msg := prerenderedError(t, page)
			for _, part := range c.want {
				if !strings.Contains(msg, part) {
					t.Errorf("prerendered message %q does not contain %q", msg, part)
				}
			}
			if got := prerenderedValue(t, page, "post-money"); got != c.post {
				t.Errorf("prerendered post-money = %s, want %s", got, c.post)
			}

			openApp(t, ctx, u)
			if got := eval[string](t, ctx, `location.search`); !strings.Contains(got, c.query) {
				t.Fatalf("the browser changed the address to %q: the test cannot see the pair as written", got)
			}
			msg = waitErrorText(t, ctx)
			for _, part := range c.want {
				if !strings.Contains(msg, part) {
					t.Errorf("message %q does not contain %q", msg, part)
				}
			}
			waitDataValue(t, ctx, "post-money", c.post)
		})
	}
}

// With go-app's wasm=false the wasm never starts. The page says so, keeps
// the controls inert, and on a static host says that the figures are the
// article's, not this link's.
func TestWasmOff(t *testing.T) {
	site := serveDist(t, nil)
	srv := startServer(t)
	ctx := newBrowser(t)
	for _, c := range []struct {
		name, url string
		post      string
		note      []string // the note says whose figures show
	}{
		{"static host, a scenario", site.URL + "/?wasm=false&pre=900&lang=en", defaultPostMoney,
			[]string{"the figures shown are the article’s, not this link’s", "Open the full calculator"}},
		{"static host, French", site.URL + "/?lang=fr&pre=900&wasm=false", defaultPostMoney,
			[]string{"ceux de l’article, pas ceux de ce lien", "Ouvrir le calculateur complet"}},
		{"static host, no scenario", site.URL + "/?wasm=false&lang=en", defaultPostMoney,
			[]string{"the article’s figures show"}},
		{"server, a scenario", srv.URL + "/?wasm=false&pre=900&lang=en", postMoneyPre900,
			[]string{"this scenario’s figures show"}},
		// Without lang the server prerenders the page in the browser's
		// English (Accept-Language), and the note speaks the page's language.
		{"no lang", srv.URL + "/?wasm=false&pre=900", postMoneyPre900,
			[]string{"this scenario’s figures show"}},
		// On a static host the English browser is sent to the English
		// page before the first paint: the note is English too.
		{"static host, no lang", site.URL + "/?wasm=false&pre=900", defaultPostMoney,
			[]string{"the figures shown are the article’s, not this link’s"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			navigate(t, ctx, c.url)
			poll(t, ctx, `!!document.querySelector('[data-testid="nowasm-note"]')`, stepTimeout)
			note := textOf(t, ctx, "nowasm-note")
			for _, part := range c.note {
				if !strings.Contains(note, part) {
					t.Errorf("note %q does not contain %q", note, part)
				}
			}
			if got := dataValue(t, ctx, "post-money"); got != c.post {
				t.Errorf("post-money = %s, want the prerendered %s", got, c.post)
			}
			if v := eval[string](t, ctx, figureShownJS+`('[data-testid="nowasm-note"]')`); !strings.HasPrefix(v, "shown:") {
				t.Errorf("the note is not shown: %s", v)
			}
			if eval[bool](t, ctx, `document.documentElement.classList.contains("rc-pending")`) {
				t.Error("the figures are marked as being computed, and nothing computes them")
			}
			if !eval[bool](t, ctx, `[...document.querySelectorAll(".page input, .page select, .page button")].every((e) => e.disabled)`) {
				t.Error("a control is enabled although nothing will handle it")
			}
			href := eval[string](t, ctx, `document.querySelector('[data-testid="nowasm-note"] a').href`)
			if strings.Contains(href, "wasm=") || (strings.Contains(c.url, "pre=900") && !strings.Contains(href, "pre=900")) {
				t.Errorf("the full calculator's link %q: want this scenario, without wasm=false", href)
			}
		})
	}
}

// During a drag the address bar stays as it was, and follows once the
// reader pauses: a rewrite costs a tick its frame. The figures follow every
// move meanwhile. (A loaded machine may pause the drag itself: the address
// may then follow, but only after such a pause.)
func TestAddressWaitsForThePause(t *testing.T) {
	srv := startServer(t)
	ctx := newBrowser(t)
	openApp(t, ctx, srv.URL+"/?lang=en")
	waitDataValue(t, ctx, "post-money", defaultPostMoney)
	// A first move, and its address: the program's first run of the
	// handlers (compiled then) is a pause of its own.
	eval[bool](t, ctx, `(() => { const s = document.querySelector('[data-testid="input-pre"]');
	  s.value = "850"; s.dispatchEvent(new Event("input", {bubbles: true})); return true; })()`)
	waitAddress(t, ctx, stepTimeout, "pre=850", func(q url.Values) bool { return q.Get("pre") == "850" })
	// A drag of 40 moves, one per frame (0.7 s at 60 Hz); the address is
	// read at every frame.
	d := eval[struct {
		Times     []float64 // of the moves
		Addresses []string  // at each move
		Figures   int
		Last      string
	}](t, ctx, `new Promise((resolve) => {
	  const fig = () => document.querySelector('[data-testid="post-money"]').textContent;
	  const figs = new Set([fig()]), times = [], addresses = [];
	  let v = 850;
	  const frame = () => {
	    figs.add(fig());
	    if (times.length === 40) { resolve({Times: times, Addresses: addresses, Figures: figs.size, Last: String(v)}); return; }
	    v += 5;
	    times.push(performance.now());
	    addresses.push(location.search);
	    const s = document.querySelector('[data-testid="input-pre"]');
	    s.value = String(v);
	    s.dispatchEvent(new Event("input", {bubbles: true}));
	    requestAnimationFrame(frame);
	  };
	  requestAnimationFrame(frame);
	})`)
	if d.Figures < 3 {
		t.Fatalf("the figure took %d values during the drag: the drag did not reach the page", d.Figures)
	}
	paused := false // since the address last changed
	for i := 1; i < len(d.Times); i++ {
		if d.Times[i]-d.Times[i-1] >= 240 {
			paused = true
		}
		if d.Addresses[i] != d.Addresses[i-1] {
			if !paused {
				t.Errorf("the address changed during the drag with no pause, %.0f ms in: %q → %q",
					d.Times[i]-d.Times[0], d.Addresses[i-1], d.Addresses[i])
			}
			paused = false
		}
	}
	waitAddress(t, ctx, stepTimeout, "pre="+d.Last, func(q url.Values) bool { return q.Get("pre") == d.Last })
}
