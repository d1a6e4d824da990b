//go:build !js

package wasmtest

import (
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// chartValue reads a data-value inside a chart (the wide layout) by CSS
// selector, "" when absent.
func chartValue(t testing.TB, ctx context.Context, chart, sel string) string {
	t.Helper()
	return eval[string](t, ctx, fmt.Sprintf(`(() => {
		const el = document.querySelector('[data-testid="chart-%s"] .chart-wide %s');
		return el ? el.getAttribute("data-value") : "";
	})()`, chart, sel))
}

// TestCharts: the pictures follow the sliders live, and a reader can save
// one as a well-formed SVG file.
func TestCharts(t *testing.T) {
	srv := startServer(t)
	ctx := newBrowser(t)
	openApp(t, ctx, srv.URL+"/?open=all&lang=en")

	for _, id := range []string{"ownership", "flows", "exposure", "timeline"} {
		require.True(t, hasTestid(t, ctx, "chart-"+id), "chart %s on the page", id)
	}

	msftAll := `g[data-moment="all"] [data-holder="msft"]`
	require.Equal(t, "0.2346428571", chartValue(t, ctx, "ownership", msftAll), "Microsoft's segment in the all-close bar")
	lossBefore := chartValue(t, ctx, "exposure", `[data-partner="msft"] [data-value]`)
	require.NotEmpty(t, lossBefore)

	t.Run("ownership follows the pre-money slider", func(t *testing.T) {
		setSlider(t, ctx, "input-pre", "1500")
		waitDataValue(t, ctx, "post-money", "1610.0000000000")
		// 0.27 × 1500 / 1610
		poll(t, ctx, fmt.Sprintf(`(() => { const el = document.querySelector('[data-testid="chart-ownership"] .chart-wide %s');
			return el && el.getAttribute("data-value") === "0.2515527950"; })()`, msftAll), 5*time.Second)
	})

	t.Run("exposure follows the haircut slider", func(t *testing.T) {
		setSlider(t, ctx, "input-haircut", "40")
		poll(t, ctx, fmt.Sprintf(`(() => { const el = document.querySelector('[data-testid="chart-exposure"] .chart-wide [data-partner="msft"] [data-value]');
			return el && el.getAttribute("data-value") !== %s; })()`, jsString(lossBefore)), 5*time.Second)
	})

	t.Run("sensitivity lines follow a moment later", func(t *testing.T) {
		poll(t, ctx, `document.querySelectorAll('.num-spark svg').length >= 5`, 10*time.Second)
		before := eval[string](t, ctx, `document.querySelector('[data-testid="input-pre"]').closest('.num').querySelector('.num-spark').innerHTML`)
		setSlider(t, ctx, "input-pre", "300")
		poll(t, ctx, fmt.Sprintf(`document.querySelector('[data-testid="input-pre"]').closest('.num').querySelector('.num-spark').innerHTML !== %s`,
			jsString(before)), 10*time.Second)
	})

	t.Run("download is a well-formed SVG", func(t *testing.T) {
		// The picture on screen shows the scenario (drawn off the input path).
		poll(t, ctx, `document.querySelector('[data-testid="chart-ownership"] .chart-wide').textContent.includes("19.76%")`, stepTimeout)
		captureDownloads(t, ctx)
		clickTestid(t, ctx, "download-ownership")
		poll(t, ctx, `window.blobs.length > 0 && window.downloads.length > 0`, stepTimeout)
		res := eval[[3]string](t, ctx, `(async () => [window.downloads[0], window.blobs[0].type, await window.blobs[0].text()])()`)
		assert.True(t, strings.HasSuffix(res[0], ".svg"), "file name %q", res[0])
		assert.Equal(t, "image/svg+xml", res[1])
		dec := xml.NewDecoder(strings.NewReader(res[2]))
		var root string
		for {
			tok, err := dec.Token()
			if err == io.EOF {
				break
			}
			require.NoError(t, err, "the downloaded SVG parses as XML")
			if se, ok := tok.(xml.StartElement); ok && root == "" {
				root = se.Name.Space + " " + se.Name.Local
			}
		}
		assert.Equal(t, "http://www.w3.org/2000/svg svg", root)
		assert.Contains(t, res[2], "Microsoft")
		assert.Contains(t, res[2], "19.76%", "the file shows the scenario on screen (pre-money 300)")
	})
}
