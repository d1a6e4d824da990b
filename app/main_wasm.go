//go:build wasm

package main

// runNative is the server and static site generator's entry point; the wasm
// build has neither (see main_native.go and package app/server).
func runNative() {}
