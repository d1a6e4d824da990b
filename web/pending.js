// roundcalc: what the page does before its wasm runs (CSP: a file of the page's
// own, never an inline script). Loaded with `defer`, after go-app's app.js.
//
// 1. Progress: go-app writes the loading label ("… 42 %") into
//    #app-wasm-loader-label; this copies the number into the --rc-progress
//    custom property of #app-wasm-loader, which app.css draws as a thin bar.
// 2. Pending mark: figures prerendered for another scenario must not pass
//    for the link's before the wasm has computed them. The prerendered
//    figures are those of the query the page was rendered for (the server of
//    `make run` writes it in <html data-prerender-query>; a static host or
//    the service worker serves the page rendered for no query at all). When the address carries another
//    scenario, <html> gets the class rc-pending (figures dimmed, a short note)
//    until go-app has started the wasm, which renders the page for the real
//    query and then removes #app-wasm-loader.
// 3. The wasm will not run: a sandboxed frame (iframe sandbox without
//    allow-same-origin), or go-app's own switch (app.js starts no wasm when
//    the query has wasm=false, or for a user agent that looks like a bot).
//    See inert() below: the prerendered figures stay readable, with a note
//    that says whose figures they are and a link to the full calculator.
// 4. Early input: what the reader moves or types in the prerendered page
//    before the wasm runs is kept, in the order of their last change, with a
//    note on the control that it applies once the calculator starts. The
//    page takes the list once it runs (window.roundcalcTakeEarly) and applies
//    it as the reader's own input; nothing is taken after that. A button
//    tapped meanwhile is marked and pressed again in the program's page,
//    after those values. The view and the add-tranche form are disabled
//    until the calculator runs (it renders its own, live ones); every
//    waiting control says so in its title.
(function () {
  "use strict";

  var root = document.documentElement;
  // This script's own address: the program and the worker sit beside it.
  var script = (document.currentScript && document.currentScript.src) ||
    new URL("web/pending.js", location.href).href;
  var loader = document.getElementById("app-wasm-loader");

  // The scenario of a query (sections 2 and 3): parameters that change no
  // figure are left out.
  var neutral = {
    lang: 1, embed: 1, wasm: 1,
    initialWidth: 1, childId: 1, parentTitle: 1, parentUrl: 1,
  };
  // The page a query asks for: its scenario, language, layout and blocks
  // (Pym.js's and go-app's parameters change nothing of it).
  var framing = { wasm: 1, initialWidth: 1, childId: 1, parentTitle: 1, parentUrl: 1 };
  function pageOf(query) {
    return keep(query, framing);
  }
  function scenario(query) {
    return keep(query, neutral);
  }
  function keep(query, drop) {
    var out = [];
    new URLSearchParams(query).forEach(function (v, k) {
      if (!drop[k]) {
        out.push(encodeURIComponent(k) + "=" + encodeURIComponent(v));
      }
    });
    return out.sort().join("&");
  }

  if (isSandboxed()) {
    inert("sandbox");
    return;
  }
  // app.js has removed its loader already when it starts no wasm: check
  // before taking a missing loader for a running app.
  if (wasmOff()) {
    inert("off");
    return;
  }
  if (!loader) {
    return; // the app already runs
  }

  // 1. Loading bar. app.js hands the program's response to the compiler
  // as it comes (so that the browser can keep the compiled code for the
  // next visit): no progress is known, and the bar slides. Its label is
  // written in the page's language; go-app writes an error there, and takes
  // the spin off its icon, when the program fails to load.
  var label = document.getElementById("app-wasm-loader-label");
  var icon = document.getElementById("app-wasm-loader-icon");
  var pageLang = lang2(new URLSearchParams(location.search).get("lang")) ||
    lang2(root.getAttribute("lang")) || "fr";
  function showProgress() {
    if (icon && icon.className.indexOf("goapp-spin") < 0) {
      loader.classList.add("rc-failed");
      return;
    }
    var m = /(\d{1,3})\s*%/.exec(label ? label.textContent : "");
    if (!m) {
      return;
    }
    var said = pageLang === "en" ? "Loading the calculator\u2026" : "Chargement du calculateur\u2026";
    if (+m[1] > 0) {
      loader.style.setProperty("--rc-progress", Math.min(100, +m[1]) + "%");
      loader.classList.add("rc-measured");
      said += " " + m[1] + (pageLang === "en" ? "%" : "\u202f%");
    }
    if (label.textContent !== said) {
      label.textContent = said;
    }
  }
  if (icon) {
    new MutationObserver(showProgress).observe(icon, { attributes: true });
  }
  if (label) {
    new MutationObserver(showProgress).observe(label, {
      childList: true,
      characterData: true,
      subtree: true,
    });
    showProgress();
  }

  // 2. Pending mark.
  var rendered = root.getAttribute("data-prerender-query") || "";
  var note = null;
  if (scenario(location.search) !== scenario(rendered)) {
    root.classList.add("rc-pending");
  }
  // Figures that carry their own note (data-pending="calcul…", shown by
  // app.css) need no global one.
  if (root.classList.contains("rc-pending") && !document.querySelector("[data-pending]")) {
    var lang = new URLSearchParams(location.search).get("lang") ||
      (navigator.language || "").slice(0, 2);
    note = document.createElement("p");
    note.className = "rc-pending-note";
    note.setAttribute("role", "status");
    note.textContent = lang === "en"
      ? "Computing this link\u2019s figures…"
      : "Calcul des chiffres de ce lien…";
    document.body.appendChild(note); // after the page: go-app mounts on the first child
  }

  // 4. Early input. The controls carry their parameter in data-param
  // (data-testid turns its dots into dashes, and ids hold dashes too).
  var early = [];
  var taken = false;
  function record(e) {
    var el = e.target;
    var param = !taken && el && el.getAttribute && el.getAttribute("data-param");
    if (!param) {
      return;
    }
    var box = el.closest(".num");
    var lang = lang2((el.closest("[lang]") || root).getAttribute("lang")) || "fr";
    var value = el.value;
    if (el.type === "range" && box) {
      // The field beside the slider shows where it was moved.
      var field = box.querySelector('input[type="text"][data-param]');
      if (field) {
        field.value = lang === "fr" ? value.replace(".", ",") : value;
      }
    }
    early = early.filter(function (kv) { return kv[0] !== param; });
    early.push([param, value]);
    if (box && !box.querySelector(".rc-early-note")) {
      var mark = document.createElement("p");
      mark.className = "rc-early-note";
      mark.id = "rc-early-" + early.length + "-" + Math.floor(performance.now());
      mark.setAttribute("role", "status");
      mark.setAttribute("data-testid", "early-note");
      mark.textContent = lang === "en"
        ? "Applies as soon as the calculator starts."
        : "S\u2019appliquera d\u00e8s le d\u00e9marrage du calculateur.";
      box.appendChild(mark);
      box.classList.add("rc-early");
      var controls = box.querySelectorAll("input[data-param]");
      for (var i = 0; i < controls.length; i++) {
        controls[i].setAttribute("aria-describedby", mark.id);
      }
    }
  }
  document.addEventListener("input", record, true);
  document.addEventListener("change", record, true);
  // A control is found again in the program's page by its test id or id.
  function selectorOf(el) {
    var testid = el && el.getAttribute && el.getAttribute("data-testid");
    if (testid) {
      return '[data-testid="' + CSS.escape(testid) + '"]';
    }
    return el && el.id ? "#" + CSS.escape(el.id) : "";
  }
  // A button outside a form that the program's page has too (a section's
  // toggle, the language, the reset…) takes the tap: it waits, marked, and
  // is pressed again in the program's page once the early input above is
  // applied (window.roundcalcReplayPressed). aria-disabled, not disabled,
  // so that it keeps the tap and its place in the tab order. The rest
  // (the view, the add-tranche form) is disabled until then.
  var pressed = [];
  var waiting = document.querySelectorAll(
    "button, select, textarea, input:not([data-param])");
  for (var w = 0; w < waiting.length; w++) {
    var el = waiting[w];
    if (el.disabled || el.closest("#app-wasm-loader")) {
      continue;
    }
    var kept = el.tagName === "BUTTON" && !el.form ? selectorOf(el) : "";
    if (kept) {
      el.setAttribute("aria-disabled", "true");
      el.setAttribute("data-rc-keep", kept);
    } else {
      el.disabled = true;
    }
    el.classList.add("rc-wait");
    el.title = pageLang === "en"
      ? (kept ? "Applies as soon as the calculator starts" : "Available as soon as the calculator starts")
      : (kept ? "S\u2019appliquera d\u00e8s le d\u00e9marrage du calculateur" : "Disponible d\u00e8s le d\u00e9marrage du calculateur");
  }
  document.addEventListener("click", function (e) {
    var b = e.target && e.target.closest && e.target.closest("button[data-rc-keep]");
    if (!b) {
      return;
    }
    e.preventDefault();
    e.stopPropagation();
    if (pressed.length < 20) {
      pressed.push(b.getAttribute("data-rc-keep"));
    }
    b.classList.add("rc-pressed");
  }, true);
  // The page calls this once it has applied the early input; the presses
  // wait for the page's handlers to be back on the stack.
  window.roundcalcReplayPressed = function () {
    var list = pressed;
    pressed = [];
    setTimeout(function () {
      list.forEach(function (sel) {
        var b = document.querySelector(sel);
        if (b && !b.disabled && !b.hasAttribute("data-rc-keep")) {
          b.click();
        }
      });
    }, 0);
  };
  // The page calls this once it runs: the list as JSON, [[param, raw]…].
  window.roundcalcTakeEarly = function () {
    taken = true;
    document.removeEventListener("input", record, true);
    document.removeEventListener("change", record, true);
    var out = JSON.stringify(early);
    early = [];
    return out;
  };

  // The program replaces the prerendered page with its own: the control a
  // keyboard reader had reached (a focus may be what started the program)
  // is found again in the new page by its test id or id, and focused.
  var focused = "";
  document.addEventListener("focusin", function (e) {
    focused = selectorOf(e.target);
  }, true);

  function done() {
    if (document.getElementById("app-wasm-loader")) {
      return;
    }
    observer.disconnect();
    taken = true; // the app's own controls answer now; the list waits for the page
    root.classList.remove("rc-pending");
    root.classList.remove("rc-as-embed");
    if (note) {
      note.remove();
    }
    var lost = !document.activeElement || document.activeElement === document.body;
    var again = focused && lost && document.querySelector(focused);
    if (again) {
      again.focus();
    }
  }
  var observer = new MutationObserver(done);
  observer.observe(document.body, { childList: true });
  done();

  // 5. When the wasm starts. app.js starts it once the document is parsed
  // unless this script takes the decision (window.roundcalcDefersStart; the
  // server hands app.js's start to it). An embed is a graphic in an
  // article that most readers only scroll past: nothing beyond the page and
  // its CSS is fetched until the frame is in view; then the program is
  // fetched and compiled, and started at the reader's first interaction
  // with the frame, or once the frame has stayed in view for idleStart ms
  // and the browser is idle. What the reader does before that is kept (4).
  // An embed whose prerendered page is not the one its address asks for
  // (another scenario, language or blocks: a static host, or the service
  // worker, serves one page for every address; or a French page for an
  // English browser) starts as soon as it is in view; until then, a page
  // that is not an embed shows only its title, verdict and contributions
  // picture (rc-as-embed), as the embed would.
  // <html data-wasm> tells where it is: waiting (not in view), loading
  // (fetched and compiled), held (compiled, waiting for the reader),
  // started.
  //
  // The full page works the same way, less the wait for the view: its
  // figures are the prerendered ones, exact, and the program (compiled at
  // once, off the main thread) starts at the reader's first interaction or
  // after idleStart ms without one, so that loading the page never freezes
  // a reader who is only reading or scrolling it.
  var idleStart = 5000;
  var embedded = new URLSearchParams(location.search).get("embed") === "1";
  if (typeof window.goappInitWebAssembly === "function") {
    window.roundcalcDefersStart = true;
    if (embedded && !document.querySelector(".page.embed")) {
      root.classList.add("rc-as-embed");
    }
    // The page's language: the address's, else the browser's (the
    // prerendered page is French unless the address says otherwise).
    var wanted = lang2(new URLSearchParams(location.search).get("lang")) ||
      lang2(navigator.language) || "fr";
    deferStart(pageOf(location.search) !== pageOf(rendered) ||
      wanted !== (lang2(root.getAttribute("lang")) || "fr"), embedded);
    if (embedded) {
      watchHeight(document.querySelector(".page"));
    }
  }

  function deferStart(pending, embedded) {
    var fetched = false;
    var started = false;
    // The program is compiled by a worker (web/compile-worker.js), so that
    // a scrolling reader's main thread pays nothing; the page instantiates
    // and runs it at the start. app.js's own fetch, made then, is answered
    // with nothing: the module is at hand. Without a worker, or if it
    // fails, the page compiles it as app.js would.
    var compiled = null; // a promise of the module, once asked of the worker
    var wasmURL = new URL("app.wasm", script).href;
    function compile() {
      if (compiled || !window.Worker || !WebAssembly.instantiate) {
        return;
      }
      compiled = new Promise(function (resolve, reject) {
        try {
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
        } catch (err) {
          reject(err);
        }
      });
      compiled.then(function () {
        if (!started) {
          state("held");
        }
      }, function () {});
    }
    var fetch0 = window.fetch;
    var instantiate0 = WebAssembly.instantiateStreaming;
    window.fetch = function (input) {
      if (compiled && typeof input === "string" && new URL(input, location.href).href === wasmURL) {
        window.fetch = fetch0;
        return compiled.then(function () {
          return new Response(new Uint8Array(0));
        }, function () {
          return fetch0(wasmURL);
        });
      }
      return fetch0.apply(this, arguments);
    };
    WebAssembly.instantiateStreaming = function (response, imports) {
      WebAssembly.instantiateStreaming = instantiate0;
      if (!compiled) {
        return instantiate0(response, imports);
      }
      return compiled.then(function (module) {
        return WebAssembly.instantiate(module, imports).then(function (instance) {
          return { module: module, instance: instance };
        });
      }, function () {
        return instantiate0(response, imports);
      });
    };
    if (!pending) {
      root.classList.add("rc-held");
    }
    function state(s) {
      root.setAttribute("data-wasm", s);
    }
    state("waiting");
    function load() {
      if (!fetched) {
        fetched = true;
        state("loading");
        compile();
      }
    }
    var events = ["pointerdown", "touchstart", "keydown", "focusin", "input", "change"];
    function start() {
      if (started) {
        return;
      }
      started = true;
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
    var idle = 0;
    function whenIdle() {
      if (window.requestIdleCallback) {
        window.requestIdleCallback(start, { timeout: 2000 });
      } else {
        start();
      }
    }
    var seen = null;
    if (!embedded || !window.IntersectionObserver) {
      load();
      if (pending) {
        start();
      } else {
        idle = setTimeout(whenIdle, idleStart);
      }
      return;
    }
    seen = new IntersectionObserver(function (entries) {
      var inView = entries[entries.length - 1].isIntersecting;
      clearTimeout(idle);
      if (!inView) {
        return;
      }
      load();
      if (pending) {
        start();
      } else {
        idle = setTimeout(whenIdle, idleStart);
      }
    });
    seen.observe(document.querySelector(".page") || document.body);
  }

  // 3. Sandboxed frame. A document in an iframe sandboxed without
  // allow-same-origin has an opaque origin ("null"): reading localStorage
  // throws, the service worker is refused, and app.wasm becomes a
  // cross-origin fetch. Without CORS headers (the server of `make run`) the
  // fetch fails and go-app's app.js writes "TypeError: Failed to fetch" in its
  // loader; with them (GitHub Pages sends Access-Control-Allow-Origin: *)
  // go-app renders the page, then dies on localStorage when its engine starts
  // (RunWhenOnBrowser -> CleanupExpiredPersistedStates) and leaves controls
  // that do nothing. Either way the calculator cannot run, so: the wasm is not
  // started (app.js calls go.run after its fetch, long after this deferred
  // script; a no-op run lets it remove its loader as usual), the prerendered
  // figures stay as they are (never dimmed), the controls are disabled, and a
  // note says why, with a link to the full calculator in a new tab (it needs
  // allow-popups, and allow-popups-to-escape-sandbox to run there). The
  // frame's height is still reported to the parent, in the same Datawrapper,
  // Pym.js and AMP messages as the app's.
  //
  // go-app's switch (wasm=false, or a bot's user agent) is the same case
  // seen from app.js: it removes its loader at once and starts nothing, so
  // without this the page showed the prerendered figures, unmarked, with
  // controls that did nothing.
  function isSandboxed() {
    try {
      window.localStorage.length;
    } catch (e) {
      return true;
    }
    return window.origin === "null";
  }

  // The same test as go-app's app.js (goappCanLoadWebAssembly).
  function wasmOff() {
    return /bot|googlebot|crawler|spider|robot|crawling/i.test(navigator.userAgent) ||
      new URLSearchParams(location.search).get("wasm") === "false";
  }

  function lang2(v) {
    v = (v || "").toLowerCase().slice(0, 2);
    return v === "fr" || v === "en" ? v : "";
  }

  // watchHeight reports the page's height to a parent frame until the app
  // runs (it reports its own then), in the same Datawrapper, Pym.js and AMP
  // messages as the app's.
  function watchHeight(page) {
    if (window.parent === window || !page) {
      return;
    }
    var id = pymChildId();
    var last = 0;
    function report() {
      if (!page.isConnected) {
        return; // the app has replaced the prerendered page
      }
      var cs = getComputedStyle(document.body);
      var h = Math.ceil(page.getBoundingClientRect().bottom + window.scrollY +
        (parseFloat(cs.marginBottom) || 0) + (parseFloat(cs.paddingBottom) || 0));
      if (!(h > 0) || h === last) {
        return;
      }
      last = h;
      var dw = {};
      dw[id || "roundcalc"] = h;
      window.parent.postMessage({ "datawrapper-height": dw }, "*");
      if (id) {
        window.parent.postMessage("pymxPYMx" + id + "xPYMxheightxPYMx" + h, "*");
      }
      window.parent.postMessage({ sentinel: "amp", type: "embed-size", height: h }, "*");
    }
    if (window.ResizeObserver) {
      new ResizeObserver(report).observe(page);
    }
    window.addEventListener("resize", report);
    window.addEventListener("load", report);
    report();
  }

  // pymChildId is the address's Pym.js child id if it has the form the
  // page's <meta name="roundcalc-child-id"> gives (the program's own rule),
  // else "": Pym.js reads the id as part of its message, and another id
  // could make the parent read another message than the height.
  function pymChildId() {
    var id = new URLSearchParams(location.search).get("childId");
    var form = document.querySelector('meta[name="roundcalc-child-id"]');
    return id && form && new RegExp(form.content).test(id) ? id : "";
  }

  // inert keeps the prerendered page readable where the wasm will not run
  // (why: "sandbox" or "off"): controls disabled, a note, the height
  // reported to a parent frame. On a static host the figures are the
  // article's, and the note says so when the address carries another
  // scenario: they must not pass for the link's.
  function inert(why) {
    var sandbox = why === "sandbox";
    root.classList.add(sandbox ? "rc-sandboxed" : "rc-nowasm");
    if (sandbox && window.Go && window.Go.prototype) {
      window.Go.prototype.run = function () {
        return Promise.resolve();
      };
    }
    // The note speaks the language of the page it sits in: the wasm will
    // not translate the prerendered page into the browser's.
    var params = new URLSearchParams(location.search);
    var lang = lang2(params.get("lang")) || lang2(root.getAttribute("lang")) || "fr";
    var en = lang === "en";

    // The full calculator: this scenario, without the frame's parameters
    // and without go-app's switch.
    var full = new URL(location.href);
    ["embed", "childId", "initialWidth", "parentTitle", "parentUrl", "wasm"].forEach(function (k) {
      full.searchParams.delete(k);
    });
    var own = scenario(location.search);
    var shown = own === ""
      ? (en ? "the article\u2019s figures show" : "les chiffres de l\u2019article s\u2019affichent")
      : own === scenario(root.getAttribute("data-prerender-query") || "")
        ? (en ? "this scenario\u2019s figures show" : "les chiffres de ce scénario s\u2019affichent")
        : (en ? "the figures shown are the article\u2019s, not this link\u2019s"
          : "les chiffres affichés sont ceux de l\u2019article, pas ceux de ce lien");
    var note = document.createElement("p");
    note.className = "rc-sandbox-note";
    note.lang = lang;
    note.setAttribute("role", "status");
    note.setAttribute("data-testid", sandbox ? "sandbox-note" : "nowasm-note");
    note.appendChild(document.createTextNode(sandbox
      ? (en
        ? "This frame is sandboxed (sandbox without allow-same-origin): " + shown +
          ", but the calculator cannot start. "
        : "Ce cadre est isolé (sandbox sans allow-same-origin)\u00a0: " + shown +
          ", mais le calcul ne peut pas démarrer. ")
      : (en
        ? "The calculator does not start on this page (wasm=false in the address, or an automated browser): " +
          shown + ". "
        : "Le calculateur ne démarre pas sur cette page (wasm=false dans l\u2019adresse, ou navigateur automatisé)\u00a0: " +
          shown + ". ")));
    var a = document.createElement("a");
    a.href = full.href;
    a.target = "_blank";
    a.rel = "noopener";
    a.textContent = en ? "Open the full calculator" : "Ouvrir le calculateur complet";
    note.appendChild(a);
    var page = document.querySelector(".page") || document.body;
    page.insertBefore(note, page.firstChild);

    // The prerendered "open the full calculator" link has no host (the
    // server does not know it): the address of this page has.
    var open = document.querySelector('[data-testid="open-full"]');
    if (open) {
      open.href = full.href;
    }
    // Inert for good here: no control waits for a start, or keeps a tap.
    var controls = page.querySelectorAll("input, select, button, textarea");
    for (var i = 0; i < controls.length; i++) {
      controls[i].disabled = true;
      if (controls[i].classList.contains("rc-wait")) {
        controls[i].classList.remove("rc-wait", "rc-pressed");
        controls[i].removeAttribute("aria-disabled");
        controls[i].removeAttribute("data-rc-keep");
        controls[i].removeAttribute("title");
      }
    }

    watchHeight(page);
  }
})();
