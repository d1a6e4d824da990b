//go:build !wasm

package main

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// BenchmarkPrerender measures what `make run` spends rendering one shared
// link on the server: the time to the prerendered figures of a cold load.
func BenchmarkPrerender(b *testing.B) {
	s := pageServer(b)
	for b.Loop() {
		w := httptest.NewRecorder()
		s.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/?pre=900&view=expected", nil))
		if w.Code != http.StatusOK {
			b.Fatal(w.Code)
		}
	}
}
