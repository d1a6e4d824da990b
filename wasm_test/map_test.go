//go:build !js

package wasmtest

import (
	"fmt"
	"net/url"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// TestPartnershipMap: the roles table carries the live stakes, and the web
// of dependencies follows the collapse sliders and the stakes.
func TestPartnershipMap(t *testing.T) {
	srv := startServer(t)
	ctx := newBrowser(t)
	openApp(t, ctx, srv.URL+"/?open=all&lang=en")

	require.True(t, hasTestid(t, ctx, "roles-table"))
	require.True(t, hasTestid(t, ctx, "chart-web"))
	waitDataValue(t, ctx, "role-msft-stake", "0.2346428571")

	unpaid := func(node string) string {
		return eval[string](t, ctx, fmt.Sprintf(`(() => {
			const el = document.querySelector('[data-testid="chart-web"] .chart-wide [data-node=%q] .edge-unpaid');
			return el ? el.getAttribute("data-value") : "";
		})()`, node))
	}
	require.Equal(t, "125.0000000000", unpaid("msft"), "half of Azure's 250 unpaid by default")

	setSlider(t, ctx, "input-unpaid", "80")
	poll(t, ctx, `(() => { const el = document.querySelector('[data-testid="chart-web"] .chart-wide [data-node="msft"] .edge-unpaid');
		return el && el.getAttribute("data-value") === "200.0000000000"; })()`, 5*time.Second)
	require.Equal(t, "110.4000000000", unpaid("amzn"), "80% of AWS's 138")

	setSlider(t, ctx, "input-s-msft", "30")
	// 0.30 × 730 / 840
	waitDataValue(t, ctx, "role-msft-stake", "0.2607142857")
}

// The roles' table, closed while the stakes change, shows the live stakes
// once opened (its rows are built only while it shows).
func TestRolesOpenAfterAChange(t *testing.T) {
	srv := startServer(t)
	ctx := newBrowser(t)
	openApp(t, ctx, srv.URL+"/?lang=en&open=stakes")
	require.False(t, hasTestid(t, ctx, "roles-table"))
	setSlider(t, ctx, "input-s-msft", "30")
	waitAddress(t, ctx, stepTimeout, "s.msft=30", func(q url.Values) bool { return q.Get("s.msft") == "30" })
	clickTestid(t, ctx, "toggle-roles")
	// 0.30 × 730 / 840
	waitDataValue(t, ctx, "role-msft-stake", "0.2607142857")
}
