// roundcalc: each reader's language from the first paint. Each language
// has a page of its own, linked in the head (hreflang); a reader whose
// address (its language parameter, named in the head too) or, without
// one, whose browser asks for another language than this page's is sent
// to that language's page, with the same query, before anything is drawn.
// Blocking in the head, and a file: the page's policy runs no inline script.
(function () {
  "use strict";
  var pages = {};
  var links = document.querySelectorAll('link[rel="alternate"][hreflang]');
  for (var i = 0; i < links.length; i++) {
    pages[links[i].hreflang] = links[i].href;
  }
  var key = document.querySelector('meta[name="roundcalc-lang-key"]');
  var asked = key && new URLSearchParams(location.search).get(key.content);
  var langs = asked ? [asked] : navigator.languages || [navigator.language];
  for (var j = 0; j < langs.length; j++) {
    var lang = (langs[j] || "").toLowerCase().slice(0, 2), page = pages[lang];
    if (page && lang !== document.documentElement.lang) {
      var to = new URL(page);
      if (to.pathname !== location.pathname) {
        location.replace(to.pathname + location.search + location.hash);
      }
      return;
    }
  }
})();
