// roundcalc: what the page does before its program runs. A file of the
// page's own (its policy runs no inline script), deferred after go-app's
// app.js. It knows nothing of the calculator: the prerendered page's root
// carries what it needs in data-start (which parameters change a figure or
// the page, the page's language and number format, its texts, the height
// messages), written by the program's prerender. It
//  1. shows the loading bar in the page's language;
//  2. marks the figures pending when the address asks for another scenario
//     than the one prerendered (a static host serves one page for all);
//  3. keeps the page readable, with a note, where the program will not run
//     (a sandboxed frame, go-app's own switch);
//  4. keeps what the reader does before the program runs: values moved or
//     typed, buttons and links pressed, in order, pressed again in the
//     program's page once it runs, with the focus and caret where they were.
//     The program replaces the page when it starts (go-app has no
//     hydration): it is not let in while a pointer is down, so that a drag
//     or a tap ends on the prerendered control, natively;
//  5. decides when the program starts: compiled off the main thread as the
//     page loads (an embed: once in view), started at the reader's first
//     move or when idle, at once when the page is not the one asked for.
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

  if (isSandboxed() || (window.goappCanLoadWebAssembly && !window.goappCanLoadWebAssembly())) {
    return inert(isSandboxed());
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

  // 4. What the reader does before the program runs. A control is found
  // again in the program's page by its test id or id; one without either
  // is inert (disabled) until then.
  function selectorOf(el) {
    var id = el && el.getAttribute && (el.getAttribute("data-testid") ? "data-testid" : el.id ? "id" : "");
    return id ? "[" + id + '="' + CSS.escape(el.getAttribute(id)) + '"]' : "";
  }
  var queue = []; // {sel, value, changed} or {sel, press}, in the reader's order
  var running = false;
  var controls = page.querySelectorAll("input, select, textarea, button");
  for (var i = 0; i < controls.length; i++) {
    if (!selectorOf(controls[i]) && !controls[i].disabled) {
      controls[i].disabled = true;
      controls[i].classList.add("rc-wait");
      controls[i].title = say.inert;
    }
  }
  function record(e) {
    var el = e.target, sel = selectorOf(el);
    if (running || !sel || !/^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName) || el.type === "file") {
      return;
    }
    var last = queue[queue.length - 1];
    if (!last || last.sel !== sel || last.press) {
      last = { sel: sel };
      queue.push(last);
    }
    last.value = el.value;
    last.changed = last.changed || e.type === "change";
    // The controls of the same parameter (the field beside a
    // slider) show the value, in the page's number format.
    var param = el.getAttribute("data-param");
    var same = param ? page.querySelectorAll('[data-param="' + CSS.escape(param) + '"]') : [];
    for (var j = 0; j < same.length; j++) {
      if (same[j] !== el) {
        same[j].value = same[j].type === "range" ? el.value.replace(cfg.decimal, ".") : el.value.replace(".", cfg.decimal);
      }
    }
    var box = el.closest(".num") || el.parentNode;
    if (!box.querySelector(".rc-early-note")) {
      var mark = document.createElement("p");
      mark.className = "rc-early-note";
      mark.id = "rc-early-" + queue.length;
      mark.setAttribute("role", "status");
      mark.setAttribute("data-testid", "early-note");
      mark.textContent = say.early;
      box.appendChild(mark);
      box.classList.add("rc-early");
      el.setAttribute("aria-describedby", mark.id);
    }
  }
  document.addEventListener("input", record, true);
  document.addEventListener("change", record, true);
  // A press on a button, or on a link to this very page (another query),
  // is kept; a link elsewhere, or opened in a new tab, is the browser's.
  document.addEventListener("click", function (e) {
    var el = e.target.closest && e.target.closest("button, a[href]");
    var sel = el && selectorOf(el);
    var u = el && el.tagName === "A" && new URL(el.href);
    if (running || !sel || !page.contains(el) || (u && (e.button || e.ctrlKey || e.metaKey || e.shiftKey ||
      e.altKey || el.target || u.hash || u.origin + u.pathname !== location.origin + location.pathname))) {
      return;
    }
    e.preventDefault();
    e.stopPropagation();
    queue.push({ sel: sel, press: true });
    el.classList.add("rc-wait", "rc-pressed");
    el.setAttribute("aria-disabled", "true");
    el.title = say.kept;
  }, true);
  // The focus and caret, put back in the program's page as soon as it
  // replaces the prerendered one, so that the next key lands there.
  var focus = null;
  document.addEventListener("focusin", function (e) {
    focus = { el: e.target, sel: selectorOf(e.target) };
  }, true);
  function refocus() {
    var f = !page.isConnected && focus && focus.sel && document.querySelector(focus.sel);
    if (f && f !== focus.el && (!document.activeElement || document.activeElement === document.body)) {
      f.focus();
      if (focus.el.selectionStart != null && f.selectionStart != null) {
        f.value = focus.el.value;
        f.setSelectionRange(focus.el.selectionStart, focus.el.selectionEnd);
      }
    }
  }
  var swap = new MutationObserver(refocus);
  swap.observe(document.body, { childList: true, subtree: true });

  // The program calls this once its page is in and its handlers set: the
  // reader's place back at once (the next key goes there), then their
  // moves, in order, each in its own task so that the page has answered
  // the one before.
  window.roundcalcStarted = function () {
    running = true;
    root.classList.remove("rc-pending", "rc-as-embed");
    if (note) {
      note.remove();
    }
    refocus();
    swap.disconnect();
    // The field with the focus: its text as the reader last typed it (in
    // the prerendered field, or in this one since), which the program's
    // first render may have written over.
    var typed = queue.filter(function (a) { return focus && a.sel === focus.sel && !a.press; }).pop();
    var f = typed && document.activeElement;
    if (f && f.matches(typed.sel) && f.value !== typed.value && f.selectionStart != null) { // (a slider has no caret)
      f.value = typed.value;
      f.setSelectionRange(f.value.length, f.value.length);
    }
    setTimeout(function next() {
      var a = queue.shift(), el = a && document.querySelector(a.sel);
      if (el && a.press) {
        el.click();
      } else if (el) {
        if (el !== document.activeElement || el.selectionStart == null || !focus || a.sel !== focus.sel) {
          el.value = a.value; // (the field with the focus has the reader's text, and what they typed since)
        }
        el.dispatchEvent(new Event("input", { bubbles: true }));
        if (a.changed) {
          el.dispatchEvent(new Event("change", { bubbles: true }));
        }
      }
      if (a) {
        setTimeout(next, 0);
      }
    }, 0);
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
  var elsewhere = only(location.search, cfg.page) !== only(rendered, cfg.page) || wanted !== cfg.lang;
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
    watchHeight();
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

  // watchHeight reports the page's height to a parent frame until the
  // program runs (it reports its own then), in the same messages.
  function watchHeight() {
    if (window.parent === window) {
      return;
    }
    // A Pym.js child id only of the form the program answers to: Pym.js
    // reads the id as part of its message.
    var hm = cfg.height, id = here.get(hm.childKey), last = 0;
    id = id && new RegExp(hm.childForm).test(id) ? id : "";
    function report() {
      if (!page.isConnected) {
        return; // the program has replaced the prerendered page
      }
      var cs = getComputedStyle(document.body);
      var h = Math.ceil(page.getBoundingClientRect().bottom + window.scrollY +
        (parseFloat(cs.marginBottom) || 0) + (parseFloat(cs.paddingBottom) || 0));
      if (!(h > 0) || h === last) {
        return;
      }
      last = h;
      var dw = {}, amp = { height: h };
      dw[hm.datawrapper] = {};
      dw[hm.datawrapper][id || hm.defaultId] = h;
      window.parent.postMessage(dw, "*");
      if (id) {
        window.parent.postMessage(hm.pym.replace("{id}", id).replace("{h}", h), "*");
      }
      Object.keys(hm.amp).forEach(function (k) { amp[k] = hm.amp[k]; });
      window.parent.postMessage(amp, "*");
    }
    if (window.ResizeObserver) {
      new ResizeObserver(report).observe(page);
    }
    window.addEventListener("resize", report);
    window.addEventListener("load", report);
    report();
  }

  // inert keeps the prerendered page readable where the program will not
  // run: controls disabled, a note saying whose figures show with a link to
  // the full calculator (this scenario, less the frame's parameters), the
  // height reported to a parent frame.
  function inert(sandbox) {
    root.classList.add(sandbox ? "rc-sandboxed" : "rc-nowasm");
    if (sandbox && window.Go && window.Go.prototype) {
      window.Go.prototype.run = function () { return Promise.resolve(); }; // app.js removes its loader as usual
    }
    var full = new URL(location.href);
    cfg.frame.forEach(function (k) { full.searchParams.delete(k); });
    var own = only(location.search, cfg.figures);
    var shown = own === "" ? say.shownArticle : own === only(rendered, cfg.figures) ? say.shownThis : say.shownNotLink;
    var p = document.createElement("p");
    p.className = "rc-sandbox-note";
    p.lang = cfg.lang;
    p.setAttribute("role", "status");
    p.setAttribute("data-testid", sandbox ? "sandbox-note" : "nowasm-note");
    p.textContent = (sandbox ? say.sandbox : say.off).replace("%s", shown);
    var a = document.createElement("a");
    a.href = full.href;
    a.target = "_blank";
    a.rel = "noopener";
    a.textContent = say.openFull;
    p.appendChild(a);
    page.insertBefore(p, page.firstChild);
    var open = document.querySelector('[data-testid="open-full"]');
    if (open) {
      open.href = full.href; // the prerender does not know the host
    }
    var all = page.querySelectorAll("input, select, button, textarea");
    for (var k = 0; k < all.length; k++) {
      all[k].disabled = true;
    }
    watchHeight();
  }
})();
