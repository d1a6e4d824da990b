// roundcalc: what the page does before its wasm runs (CSP: a file of the page's
// own, never an inline script). Loaded with `defer`, after go-app's app.js.
//
// 1. Progress: go-app writes the loading label ("… 42 %") into
//    #app-wasm-loader-label; this copies the number into the --rc-progress
//    custom property of #app-wasm-loader, which app.css draws as a thin bar.
// 2. Pending mark (CONTRACT.md §1): the prerendered figures are those of the
//    query the page was rendered for (the server of `make run` writes it in
//    <html data-prerender-query>; a static host or the service worker serves
//    the page rendered for no query at all). When the address carries another
//    scenario, <html> gets the class rc-pending (figures dimmed, a short note)
//    until go-app has started the wasm, which renders the page for the real
//    query and then removes #app-wasm-loader.
(function () {
  "use strict";

  var root = document.documentElement;
  var loader = document.getElementById("app-wasm-loader");
  if (!loader) {
    return; // the app already runs
  }

  // 1. Progress bar.
  var label = document.getElementById("app-wasm-loader-label");
  function showProgress() {
    var m = /(\d{1,3})\s*%/.exec(label ? label.textContent : "");
    if (m && +m[1] > 0) {
      loader.style.setProperty("--rc-progress", Math.min(100, +m[1]) + "%");
      loader.classList.add("rc-measured");
    } else if (!m && label && label.textContent && !/\d/.test(label.textContent)) {
      loader.classList.add("rc-failed"); // go-app writes the error there
    }
  }
  if (label) {
    new MutationObserver(showProgress).observe(label, {
      childList: true,
      characterData: true,
      subtree: true,
    });
    showProgress();
  }

  // 2. Pending mark. Parameters that change no figure are left out.
  var neutral = {
    lang: 1, embed: 1, wasm: 1,
    initialWidth: 1, childId: 1, parentTitle: 1, parentUrl: 1,
  };
  function scenario(query) {
    var out = [];
    new URLSearchParams(query).forEach(function (v, k) {
      if (!neutral[k]) {
        out.push(encodeURIComponent(k) + "=" + encodeURIComponent(v));
      }
    });
    return out.sort().join("&");
  }
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
      ? "Computing this link's figures…"
      : "Calcul des chiffres de ce lien…";
    document.body.appendChild(note); // after the page: go-app mounts on the first child
  }

  function done() {
    if (document.getElementById("app-wasm-loader")) {
      return;
    }
    observer.disconnect();
    root.classList.remove("rc-pending");
    if (note) {
      note.remove();
    }
  }
  var observer = new MutationObserver(done);
  observer.observe(document.body, { childList: true });
  done();
})();
