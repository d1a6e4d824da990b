// roundcalc: what the page does before its program runs. A file of the
// page's own (its policy runs no inline script), deferred after go-app's
// app.js and after its parts (web/pending-*.js, deferred before it, each
// defining one function this one calls). It knows nothing of the
// calculator: the prerendered page's root carries what it needs in
// data-start (which parameters change a figure or the page, the page's
// language and number format, its texts, the height messages), written by
// the program's prerender. It
//  1. shows the loading bar in the page's language;
//  2. marks the figures pending when the address asks for another scenario
//     than the one prerendered (a static host serves one page for all);
//  3. keeps the page readable, with a note, where the program will not run
//     (a sandboxed frame, go-app's own switch: web/pending-inert.js);
//  4. keeps what the reader does before the program runs, and does it again
//     in the program's page once it runs (web/pending-replay.js);
//  5. decides when the program starts: compiled off the main thread as the
//     page loads (an embed: once in view, its height reported meanwhile by
//     web/pending-height.js), started at the reader's first move or when
//     idle, at once when the page is not the one asked for.
(function () {
  "use strict";
  var root = document.documentElement;
  var host = document.querySelector("[data-start]");
  var cfg;
  try {
    cfg = JSON.parse(decodeURIComponent(host.getAttribute("data-start")));
  } catch (e) {
    return; // not a prerendered page of ours
  }
  if (![window.roundcalcInert, window.roundcalcKeep, window.roundcalcReportHeight].every(function (f) {
    return typeof f === "function";
  })) {
    return; // a part did not load: app.js starts the program as it would without this script
  }
  var say = cfg.text;
  var here = new URLSearchParams(location.search);
  var script = (document.currentScript && document.currentScript.src) ||
    new URL("web/pending.js", location.href).href;
  var loader = document.getElementById("app-wasm-loader");
  var rendered = root.getAttribute("data-prerender-query") || "";
  var page = document.querySelector(".page") || document.body;
  var embedded = here.get(cfg.embed[0]) === cfg.embed[1];

  // The parameters of a query that are in list, in a comparable form.
  function only(query, list) {
    var out = [];
    new URLSearchParams(query).forEach(function (v, k) {
      if (list.some(function (n) { return n === k || (/\.$/.test(n) && k.indexOf(n) === 0); })) {
        out.push(encodeURIComponent(k) + "=" + encodeURIComponent(v));
      }
    });
    return out.sort().join("&");
  }
  function lang2(v) {
    v = (v || "").toLowerCase().slice(0, 2);
    return cfg.langs.indexOf(v) >= 0 ? v : "";
  }

  // What its parts read of the page.
  var shared = { cfg: cfg, root: root, page: page, here: here, rendered: rendered, only: only };

  if (isSandboxed() || (window.goappCanLoadWebAssembly && !window.goappCanLoadWebAssembly())) {
    return window.roundcalcInert(shared, isSandboxed());
  }
  if (!loader) {
    return; // the program runs already
  }

  // 1. Loading bar: its label is prerendered in the page's language; the
  // program's response goes straight to the compiler, no progress is known,
  // and the bar slides. go-app writes an error in the label, and takes the
  // spin off its icon, when the program fails to load.
  var icon = document.getElementById("app-wasm-loader-icon");
  if (icon) {
    new MutationObserver(function () {
      loader.classList.toggle("rc-failed", icon.className.indexOf("goapp-spin") < 0);
    }).observe(icon, { attributes: true });
  }

  // 2. Pending mark (figures that carry their own data-pending note need no
  // global one).
  var note = null;
  if (only(location.search, cfg.figures) !== only(rendered, cfg.figures)) {
    root.classList.add("rc-pending");
    if (!document.querySelector("[data-pending]")) {
      note = document.createElement("p");
      note.className = "rc-pending-note";
      note.setAttribute("role", "status");
      note.textContent = say.pending;
      document.body.appendChild(note); // after the page: go-app mounts on the first child
    }
  }

  // 4. What the reader does before the program runs. The program calls
  // roundcalcStarted once its page is in and its handlers set.
  var replay = window.roundcalcKeep(shared);
  window.roundcalcStarted = function () {
    root.classList.remove("rc-pending", "rc-as-embed");
    if (note) {
      note.remove();
    }
    replay();
  };

  // 5. When the program starts: see the top. data-wasm on <html> tells
  // where it is: waiting (an embed not in view), loading (fetched and
  // compiled by web/compile-worker.js), held (compiled, waiting for the
  // reader), started.
  var idleStart = 5000;
  if (typeof window.goappInitWebAssembly !== "function") {
    return;
  }
  window.roundcalcDefersStart = true;
  window.roundcalcDefersWorker = embedded; // an embed out of view has nothing cached
  if (embedded && !document.querySelector(".page.embed")) {
    root.classList.add("rc-as-embed"); // the full page shows what the embed would
  }
  if (embedded) {
    // The embed's theme as its address asks (web/app.css): the page served
    // may be another address's.
    var theme = here.get(cfg.theme.key);
    root.classList.add("rc-theme-" + (cfg.theme.values.indexOf(theme) >= 0 ? theme : cfg.theme.values[0]));
  }
  var wanted = lang2(here.get(cfg.langKey)) || lang2(navigator.language) || cfg.langs[0];
  // The language is weighed on its own (wanted); a full page that web/lang.js
  // laid out as the embed is the default embed's first paint.
  var same = cfg.page.filter(function (k) {
    return k !== cfg.langKey && !(k === cfg.embed[0] && root.classList.contains("rc-as-embed"));
  });
  var elsewhere = only(location.search, same) !== only(rendered, same) || wanted !== cfg.lang;
  var state = function (now) { root.setAttribute("data-wasm", now); };
  var compiled = null, wasmURL = new URL("app.wasm", script).href, seen = null, idle = 0;
  function load() {
    if (compiled || !window.Worker || root.getAttribute("data-wasm") !== "waiting") {
      return;
    }
    state("loading");
    compiled = new Promise(function (resolve, reject) {
      var w = new Worker(new URL("compile-worker.js", script).href);
      w.onmessage = function (e) {
        w.terminate();
        return e.data && e.data.module ? resolve(e.data.module) : reject(e.data && e.data.error);
      };
      w.onerror = function (e) {
        w.terminate();
        reject(e.message);
      };
      w.postMessage(wasmURL);
    });
    compiled.then(function () {
      if (root.getAttribute("data-wasm") === "loading") {
        state("held");
      }
    }, function () {});
  }
  // app.js's fetch of the program is answered with nothing when the worker
  // has the module; its instantiation takes the module, and waits until no
  // pointer is down on the prerendered page.
  var down = {}, touches = 0, free = null;
  function pointers(e) {
    if (!e.isTrusted) {
      return;
    } else if (e.touches) {
      touches = e.touches.length;
    } else if (e.type === "pointerdown") {
      down[e.pointerId] = 1;
    } else {
      delete down[e.pointerId];
    }
    if (free && !Object.keys(down).length && !touches) {
      setTimeout(free, 0); // after the click that follows the release
    }
  }
  ["pointerdown", "pointerup", "pointercancel", "touchstart", "touchend", "touchcancel"].forEach(function (type) {
    window.addEventListener(type, pointers, true);
  });
  function whenFree(v) {
    return new Promise(function (resolve) {
      free = function () {
        if (!Object.keys(down).length && !touches) {
          free = null;
          resolve(v);
        }
      };
      free();
    });
  }
  var fetch0 = window.fetch, instantiate0 = WebAssembly.instantiateStreaming;
  window.fetch = function (input) {
    if (compiled && typeof input === "string" && new URL(input, location.href).href === wasmURL) {
      window.fetch = fetch0;
      return compiled.then(function () { return new Response(new Uint8Array(0)); }, function () { return fetch0(wasmURL); });
    }
    return fetch0.apply(this, arguments);
  };
  WebAssembly.instantiateStreaming = function (response, imports) {
    WebAssembly.instantiateStreaming = instantiate0;
    var made = compiled ? compiled.then(function (module) {
      return WebAssembly.instantiate(module, imports).then(function (instance) {
        return { module: module, instance: instance };
      });
    }, function () { return instantiate0(response, imports); }) : instantiate0(response, imports);
    return made.then(whenFree);
  };
  var events = ["pointerdown", "touchstart", "keydown", "focusin", "input", "change"];
  function start() {
    if (root.getAttribute("data-wasm") === "started") {
      return;
    }
    load();
    state("started");
    window.goappInitWebAssembly();
    root.classList.remove("rc-held");
    events.forEach(function (e) { document.removeEventListener(e, start, true); });
    clearTimeout(idle);
    if (seen) {
      seen.disconnect();
    }
  }
  events.forEach(function (e) { document.addEventListener(e, start, true); });
  function inView() {
    if (window.roundcalcDefersWorker) {
      window.roundcalcDefersWorker = false;
      window.goappInitServiceWorker();
    }
    load();
    if (elsewhere) {
      return start();
    }
    // The wait for an idle moment counts from the compiled program.
    Promise.resolve(compiled).then(function () {
      idle = setTimeout(function () {
        return window.requestIdleCallback ? requestIdleCallback(start, { timeout: 2000 }) : start();
      }, idleStart);
    }, function () {});
  }
  state("waiting");
  if (!elsewhere) {
    root.classList.add("rc-held"); // the prerendered page is the one asked for: no loading label over it
  }
  if (embedded) {
    window.roundcalcReportHeight(shared, true);
  }
  if (embedded && window.IntersectionObserver) {
    seen = new IntersectionObserver(function (entries) {
      clearTimeout(idle);
      if (entries[entries.length - 1].isIntersecting) {
        inView();
      }
    });
    seen.observe(page);
  } else {
    inView();
  }

  // 3. A document in an iframe sandboxed without allow-same-origin has an
  // opaque origin: no storage, no service worker, app.wasm a cross-origin
  // fetch; go-app's engine dies on localStorage even where the fetch works.
  function isSandboxed() {
    try {
      return window.localStorage.length < 0 || window.origin === "null";
    } catch (e) {
      return true;
    }
  }
})();
