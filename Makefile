# roundcalc: build, serve, test, static site.
#
#   make run            build and serve on http://127.0.0.1:8000 (PORT=9000 make run, or ADDR=0.0.0.0:8000)
#   make test           every test: model (native and wasm), app, browser suite
#   make dist           static site in dist/ (BASE=/roundcalc for a sub-path)
#   make wasm           web/app.wasm with its .br and .gz siblings
#   make bench          performance table: sizes, loads, slider, model, with the budget
#   make sizes          app.wasm's size raw, gzip, brotli
#   make clean

SHELL := /bin/bash
GO ?= go
PORT ?= 8000
ADDR ?= 127.0.0.1:$(PORT)
BASE ?=
DIST ?= dist
WASM := web/app.wasm
BIN := bin/roundcalc
GOROOT_DIR := $(shell $(GO) env GOROOT)
WASM_EXEC := $(GOROOT_DIR)/lib/wasm/go_js_wasm_exec
# Everything the binaries are built from.
GO_SOURCES := $(shell find app model -name '*.go' -not -name '*_test.go' 2>/dev/null) go.mod go.sum
export DEBIAN_FRONTEND := noninteractive

.PHONY: all run test test-build test-model test-app test-components test-browser dist wasm bench sizes clean ensure-chromium ensure-brotli ensure-node

all: wasm $(BIN)

# ---------------------------------------------------------------------------
# Build

wasm: $(WASM) $(WASM).br $(WASM).gz

# The page's own packages (app/...) are compiled without inlining: each
# inlined copy of a small helper (a row, an element, a rounding) is code the
# reader downloads, about 25 KB of brotli in all, for no time the reader can
# see. The model keeps it, for the computation. wasm_test builds it the same.
WASM_GCFLAGS := -gcflags=github.com/roundcalc/roundcalc/app/...=-l

# wasmpack merges the linker's 100,000 data segments (about 120 KB less
# brotli); a module it cannot read fails the build, and leaves no app.wasm.
$(WASM): $(GO_SOURCES)
	GOOS=js GOARCH=wasm $(GO) build -trimpath $(WASM_GCFLAGS) -ldflags="-s -w" -o $@ ./app
	$(GO) run ./app/wasmpack $@ || { rm -f $@; exit 1; }

# -n: brotli would copy the input's time, truncated to the second, so the
# output would look older than app.wasm and be remade at every make.
# (ensure-brotli runs in the recipe: as a phony prerequisite it would make
# the file look out of date to make -q.)
$(WASM).br: $(WASM)
	@$(MAKE) --no-print-directory ensure-brotli
	brotli -f -n -q 11 -o $@ $<

$(WASM).gz: $(WASM)
	gzip -9 -n -k -c $< > $@

$(BIN): $(GO_SOURCES)
	$(GO) build -trimpath -o $@ ./app

# ---------------------------------------------------------------------------
# Run and deploy

run: wasm $(BIN)
	./$(BIN) -addr $(ADDR)

dist: wasm $(BIN)
	rm -rf $(DIST)
	./$(BIN) -dist $(DIST) -base "$(BASE)"

sizes: wasm
	@printf 'app.wasm  raw %9d bytes\n' $$(stat -c %s $(WASM))
	@printf '          gzip %8d bytes (gzip -9)\n' $$(stat -c %s $(WASM).gz)
	@printf '          brotli %6d bytes (brotli -q 11)\n' $$(stat -c %s $(WASM).br)

# ---------------------------------------------------------------------------
# Tests

test: test-build test-model test-app test-components test-browser

# The build itself: vet for both targets (the browser suite is native only),
# and once built, a second make has nothing to redo.
test-build: wasm $(BIN)
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./...
	@if ! $(MAKE) -q $(WASM) $(WASM).br $(WASM).gz $(BIN); then \
	  echo "make: a built file is remade by every make (its rule leaves it older than its input)" >&2; exit 1; fi

test-model: | ensure-node
	$(GO) test ./model/...
	GOOS=js GOARCH=wasm $(GO) test -exec="$(WASM_EXEC)" ./model/...

test-app:
	$(GO) test ./app/...

# In-browser Go tests of components: the tests named TestBrowser* in app/
# (files with //go:build wasm), run in Chromium by wasmbrowsertest. As root,
# Chromium needs --no-sandbox: a wrapper named chromium comes first on PATH.
# Its version and checksums are pinned by the tool module wasm_test/tools
# (it needs an older chromedp than the browser suite's).
TOOLS := $(CURDIR)/bin/tools

$(TOOLS)/wasmbrowsertest: wasm_test/tools/go.mod wasm_test/tools/go.sum
	$(GO) -C wasm_test/tools build -o $@ github.com/agnivade/wasmbrowsertest

test-components: $(TOOLS)/wasmbrowsertest | ensure-chromium
	@real="$${CHROMIUM:-$$(command -v chromium || command -v chromium-browser)}"; \
	  printf '#!/bin/sh\nexec "%s" --no-sandbox "$$@"\n' "$$real" > $(TOOLS)/chromium; \
	  chmod +x $(TOOLS)/chromium
	@# wasmbrowsertest's older cdproto logs events it cannot decode: filtered.
	set -o pipefail; PATH="$(TOOLS):$$PATH" GOOS=js GOARCH=wasm $(GO) test -count=1 -exec=wasmbrowsertest -run '^TestBrowser' ./app/ 2>&1 \
	  | grep -v 'could not unmarshal event'

# The real Pym.js parent that newsroom pages use, for the embed's test.
PYM := $(TOOLS)/pym/node_modules/pym.js/dist/pym.v1.min.js
$(PYM): | ensure-node
	@command -v npm >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && apt-get update && apt-get install -y npm; } || \
	  { echo "make: the browser tests need npm for Pym.js: install it (Debian/Ubuntu: sudo apt-get install -y npm)" >&2; exit 1; }
	npm install --no-save --no-audit --no-fund --prefix $(TOOLS)/pym pym.js@1.3.2

# axe-core, the accessibility checker newsroom teams run, for the suite's audit.
AXE := $(TOOLS)/axe/node_modules/axe-core/axe.min.js
$(AXE): | ensure-node
	@command -v npm >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && apt-get update && apt-get install -y npm; } || \
	  { echo "make: the browser tests need npm for axe-core: install it (Debian/Ubuntu: sudo apt-get install -y npm)" >&2; exit 1; }
	npm install --no-save --no-audit --no-fund --prefix $(TOOLS)/axe axe-core@4.14.1

# The suite reuses the wasm and server built here (ROUNDCALC_ROOT, ROUNDCALC_BIN).
test-browser: wasm $(BIN) $(PYM) $(AXE) | ensure-chromium
	ROUNDCALC_ROOT="$(CURDIR)" ROUNDCALC_BIN="$(CURDIR)/$(BIN)" ROUNDCALC_PYM="$(PYM)" ROUNDCALC_AXE="$(AXE)" \
	  $(GO) test -count=1 -timeout 60m ./wasm_test/...

# Performance table (the README's "Performance"): model benchmarks native and
# wasm, then cold and warm loads, slider moves and a drag in headless Chromium
# (wasm_test/bench_test.go, build tag bench), each figure beside its budget.
# Not part of `make test`.
# BENCH_FLAGS: e.g. "-loads 9", "-o bench.md".
bench: wasm $(BIN) | ensure-node ensure-chromium
	ROUNDCALC_ROOT="$(CURDIR)" ROUNDCALC_BIN="$(CURDIR)/$(BIN)" $(GO) run ./wasm_test/benchtable $(BENCH_FLAGS)

# ---------------------------------------------------------------------------
# Tools a fresh machine may lack: installed when root (Debian), else named.

ensure-chromium:
	@if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1 && [ -z "$$CHROMIUM" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "make: installing chromium for the browser tests"; \
	    apt-get update && apt-get install -y chromium; \
	  else \
	    echo "make: the browser tests need Chromium: install it (Debian/Ubuntu: sudo apt-get install -y chromium)" >&2; \
	    echo "      or set CHROMIUM=/path/to/chromium" >&2; \
	    exit 1; \
	  fi; \
	fi

ensure-brotli:
	@if ! command -v brotli >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "make: installing brotli to precompress app.wasm"; \
	    apt-get update && apt-get install -y brotli; \
	  else \
	    echo "make: brotli is needed to precompress app.wasm: install it (Debian/Ubuntu: sudo apt-get install -y brotli)" >&2; \
	    exit 1; \
	  fi; \
	fi

ensure-node:
	@if ! command -v node >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "make: installing nodejs to run the wasm tests"; \
	    apt-get update && apt-get install -y nodejs; \
	  else \
	    echo "make: the wasm tests need Node.js: install it (Debian/Ubuntu: sudo apt-get install -y nodejs)" >&2; \
	    exit 1; \
	  fi; \
	fi

clean:
	rm -rf $(WASM) $(WASM).br $(WASM).gz bin $(DIST)
