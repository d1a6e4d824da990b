// roundcalc: each reader's language, and an embed's shape, from the first
// paint. Blocking in the head, and a file: the page's policy runs no
// inline script.
(function () {
  "use strict";
  // 1. Each language has a page of its own, linked in the head (hreflang);
  // a reader whose address (its language parameter, named in the head too)
  // or, without one, whose browser asks for another language than this
  // page's is sent to that language's page, with the same query, before
  // anything is drawn.
  var pages = {};
  var links = document.querySelectorAll('link[rel="alternate"][hreflang]');
  for (var i = 0; i < links.length; i++) {
    pages[links[i].hreflang] = links[i].href;
  }
  var here = new URLSearchParams(location.search);
  var key = document.querySelector('meta[name="roundcalc-lang-key"]');
  var asked = key && here.get(key.content);
  var langs = asked ? [asked] : navigator.languages || [navigator.language];
  // The first language the site has a page for decides: a reader whose
  // browser asks for French, then English, stays on the French page (each
  // page sent them to the other's). A page in another language at that
  // language's own address (one the server wrote in the browser's
  // language) stays too, and is laid out below.
  for (var j = 0; j < langs.length; j++) {
    var lang = (langs[j] || "").toLowerCase().slice(0, 2), page = pages[lang];
    if (!page) {
      continue;
    }
    var to = new URL(page);
    if (lang !== document.documentElement.lang && to.pathname !== location.pathname) {
      location.replace(to.pathname + location.search + location.hash);
      return;
    }
    break;
  }

  // 2. A host that serves one page for every address (a static host, the
  // service worker) serves the full page for an embed's: it shows only the
  // blocks and levers the address asks for (web/app.css, rc-as-embed), so
  // that the frame is the embed's height from its first report. What the
  // names are, and the defaults, the page's root says (data-start); the
  // parser inserts it before anything of the page can be drawn.
  var root = document.documentElement;
  var watch = new MutationObserver(function () {
    var host = document.querySelector("[data-start]");
    if (!host) {
      return;
    }
    watch.disconnect();
    var cfg;
    try {
      cfg = JSON.parse(decodeURIComponent(host.getAttribute("data-start")));
    } catch (e) {
      return;
    }
    if (here.get(cfg.embed[0]) !== cfg.embed[1] || host.classList.contains("embed")) {
      return; // not an embed's address, or its own prerender
    }
    var s = cfg.shows, theme = here.get(cfg.theme.key);
    var list = function (k, first) {
      return here.has(k) ? here.get(k).split(",").map(function (n) { return n.trim(); }).filter(Boolean) : first;
    };
    root.classList.add("rc-as-embed", "rc-theme-" + (cfg.theme.values.indexOf(theme) >= 0 ? theme : cfg.theme.values[0]));
    root.setAttribute("data-show", list(s.blocks, s.blocksFirst).join(" "));
    if (here.get(s.title) === "0") {
      root.setAttribute("data-notitle", "");
    }
    // The levers: the inputs of those parameters, by the name each carries
    // (named on the root too, for web/pending-height.js).
    var names = list(s.levers, s.leversFirst);
    root.setAttribute("data-levers", names.join(" "));
    var levers = names.map(function (n) {
      return '[data-param="' + CSS.escape(n) + '"]';
    });
    if (levers.length && window.CSSStyleSheet && document.adoptedStyleSheets) {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(".rc-as-embed .page .num:has(" + levers.join(",") + ") { display: block; }");
      document.adoptedStyleSheets = document.adoptedStyleSheets.concat(sheet);
    }
  });
  watch.observe(root, { childList: true, subtree: true });
  document.addEventListener("DOMContentLoaded", function () { watch.disconnect(); });
})();
