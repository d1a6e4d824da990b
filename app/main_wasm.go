//go:build wasm

package main

// runNative is the server and static site generator's entry point; the wasm
// build has neither (see server.go, static.go).
func runNative() {}
