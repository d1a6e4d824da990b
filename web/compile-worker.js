// roundcalc: compiles app.wasm off the page's main thread (web/pending.js
// starts it for an embed in view) and hands the compiled module back; the
// page instantiates and runs it when the reader starts the calculator.
// Any failure is reported, and the page then compiles it itself.
self.onmessage = function (e) {
  WebAssembly.compileStreaming(fetch(e.data))
    .then(function (module) { self.postMessage({ module: module }); })
    .catch(function (err) { self.postMessage({ error: String(err) }); });
};
