//go:build !wasm

package main

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// BenchmarkPrerender measures what `make run` spends rendering one shared
// link on the server: the time to the prerendered figures of a cold load.
func BenchmarkPrerender(b *testing.B) {
	root := shellRoot(b)
	h, err := newHandler(root, app.LocalDir(""), false)
	if err != nil {
		b.Fatal(err)
	}
	s, err := newServer(root, h)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		w := httptest.NewRecorder()
		s.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/?pre=900&view=expected", nil))
		if w.Code != http.StatusOK {
			b.Fatal(w.Code)
		}
	}
}
