//go:build !js

package wasmtest

// What a reader types and names: a number is read only in the form the
// page's language writes it, and a name can neither reorder the text
// around it nor hide.

import (
	"fmt"
	"net/url"
	"strings"
	"testing"
)

// A typed number is applied only where its meaning is clear in the page's
// language; otherwise it is refused at its field with the reader's text,
// as typed, and the form expected. (English 812,5 was applied as 8,125 and
// 1.000,5 as 1.0005.)
func TestTypedNumberForms(t *testing.T) {
	srv := startServer(t)
	ctx := newBrowser(t)
	for _, c := range []struct {
		lang    string
		refused []string // each refused, the figures unchanged
		form    string   // the form the message shows
		good    []string // each applied: post-money 1110.5
	}{
		{"en", []string{"812,5", "1.000,5", "1,00", "1 000.5"}, "1,000.5", []string{"1,000.5", "1000.5"}},
		{"fr", []string{"1.000,5", "1,000.5", "10 00,5"}, "1" + frNNBSP + "000,5", []string{"1 000,5", "1000,5", "1000.5"}},
	} {
		t.Run(c.lang, func(t *testing.T) {
			openApp(t, ctx, srv.URL+"/?lang="+c.lang)
			waitDataValue(t, ctx, "post-money", "840.0000000000")
			for _, typed := range c.refused {
				typeInto(t, ctx, "field-pre", typed)
				// The message follows the last text typed (a pause may apply
				// a shorter one first).
				poll(t, ctx, fmt.Sprintf(`(() => {
					const el = document.querySelector('[data-testid="field-pre"]');
					const d = document.getElementById(el.getAttribute("aria-describedby") || "-");
					return el.getAttribute("aria-invalid") === "true" && !!d && d.textContent.includes(%s);
				})()`, jsString(quoted(c.lang, typed))), stepTimeout)
				f := readField(t, ctx, "field-pre")
				if f.Value != typed {
					t.Errorf("%q: the field shows %q, want the reader's text", typed, f.Value)
				}
				if !strings.Contains(f.DescText, c.form) || !strings.Contains(f.DescText, strings.TrimSpace(f.Label)) {
					t.Errorf("%q: the message %q does not name the field and the form expected (%s)", typed, f.DescText, c.form)
				}
				if msg := waitErrorText(t, ctx); !strings.Contains(msg, f.DescText) {
					t.Errorf("%q: the error region %q does not carry the field's message", typed, msg)
				}
				if got := dataValue(t, ctx, "post-money"); got != "840.0000000000" {
					t.Errorf("%q was applied: post-money %s, want 840", typed, got)
				}
			}
			for _, typed := range c.good {
				typeInto(t, ctx, "field-pre", typed)
				waitDataValue(t, ctx, "post-money", "1110.5000000000")
				poll(t, ctx, `!document.querySelector('[data-testid="field-pre"]').hasAttribute("aria-invalid")`, stepTimeout)
				typeInto(t, ctx, "field-pre", "730")
				waitDataValue(t, ctx, "post-money", "840.0000000000")
			}
		})
	}
}

// quoted is a typed text as a message quotes it.
func quoted(lang, s string) string {
	if lang == "fr" {
		return "«" + frNBSP + s + frNBSP + "»"
	}
	return "“" + s + "”"
}

// A name written right to left keeps its place in the chart's caption and
// its picture: the figure after it stays after it. A name with a
// direction override, or that shows nothing, is refused, each refusal
// naming its tranche and its reason, and the override never reaches the
// page.
func TestNamesIsolated(t *testing.T) {
	srv := startServer(t)
	ctx := newBrowser(t)
	const hebrew = "קרן הון"
	openApp(t, ctx, srv.URL+"/?lang=en&t.x1=20&name.x1="+url.QueryEscape(hebrew)+"&t.x2=5&name.x2=Fund")
	waitDataValue(t, ctx, "post-money", "865.0000000000")

	// Where the browser draws the name and the figure after it, in the
	// caption's text: the figure's left edge against the name's.
	type placed struct {
		Found                 bool
		NameLeft, NameRight   float64
		FigureLeft, FigureEnd float64
		Text                  string
	}
	caption := eval[placed](t, ctx, fmt.Sprintf(`(() => {
		const el = document.querySelector('[data-testid="chart-contributions"] .chart-desc');
		const node = el && el.firstChild;
		if (!node) return {Found: false};
		const s = node.textContent, name = %s, fig = "$20B";
		const i = s.indexOf(name), j = s.indexOf(fig, i);
		if (i < 0 || j < 0) return {Found: false, Text: s};
		const rect = (a, b) => { const r = document.createRange(); r.setStart(node, a); r.setEnd(node, b); return r.getBoundingClientRect(); };
		const n = rect(i, i + name.length), f = rect(j, j + fig.length);
		return {Found: true, NameLeft: n.left, NameRight: n.right, FigureLeft: f.left, FigureEnd: f.right, Text: s};
	})()`, jsString(hebrew)))
	if !caption.Found {
		t.Fatalf("the caption %q does not show %q then $20B", caption.Text, hebrew)
	}
	if caption.FigureLeft < caption.NameRight-1 {
		t.Errorf("in the caption the figure after the right-to-left name is drawn before it (figure at %.0f px, name %.0f–%.0f px): %q",
			caption.FigureLeft, caption.NameLeft, caption.NameRight, caption.Text)
	}

	// The same in the ownership picture's legend: "name 2.29%" in one SVG text.
	svg := eval[placed](t, ctx, fmt.Sprintf(`(() => {
		const name = %s;
		for (const el of document.querySelectorAll('[data-testid="chart-ownership"] .chart-wide svg text')) {
			const s = el.textContent, i = s.indexOf(name), j = s.indexOf("%%", i);
			if (i < 0 || j < 0 || el.getNumberOfChars() === 0) continue;
			const x = (k) => el.getExtentOfChar(k);
			let left = Infinity, right = -Infinity;
			for (let k = i; k < i + name.length; k++) { const b = x(k); left = Math.min(left, b.x); right = Math.max(right, b.x + b.width); }
			const d = x(j - 1);
			return {Found: true, NameLeft: left, NameRight: right, FigureLeft: d.x, FigureEnd: x(j).x + x(j).width, Text: s};
		}
		return {Found: false};
	})()`, jsString(hebrew)))
	if !svg.Found {
		t.Error("no legend text of the ownership picture shows the name and its stake")
	} else if svg.FigureLeft < svg.NameRight-1 {
		t.Errorf("in the picture the stake after the right-to-left name is drawn before it (figure at %.0f, name %.0f–%.0f): %q",
			svg.FigureLeft, svg.NameLeft, svg.NameRight, svg.Text)
	}

	// Refused names: an override, an invisible name, one too long. The
	// tranches are added under their default names.
	long := strings.Repeat("n", 41)
	openApp(t, ctx, srv.URL+"/?lang=en&t.x1=20&name.x1="+url.QueryEscape("\u202eAcme")+"&t.x2=5&name.x2="+url.QueryEscape("\u200b")+
		"&t.x3=1&name.x3="+long)
	msg := waitErrorText(t, ctx)
	for _, want := range []string{"Investor 1", "changes the direction of the text", "U+202E", "Investor 2", "no visible character",
		"Investor 3", "longer than 40 characters"} {
		if !strings.Contains(msg, want) {
			t.Errorf("the error region %q does not say %q", msg, want)
		}
	}
	waitDataValue(t, ctx, "post-money", "866.0000000000")
	if body := eval[string](t, ctx, `document.body.innerHTML`); strings.ContainsAny(body, "\u202e\u200b") {
		t.Error("a refused name's override or invisible character is in the page")
	}
	if got := textOf(t, ctx, "chart-contributions"); !strings.Contains(got, "Investor 1") || !strings.Contains(got, "Investor 2") {
		t.Errorf("the picture does not show the tranches under their default names: %q", got)
	}
}
