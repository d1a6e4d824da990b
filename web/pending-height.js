// roundcalc: the prerendered page's height, reported to a parent frame
// until the program runs (it reports its own then), in the same messages:
// Datawrapper's, Pym.js's (only with a child id of the form the program
// answers to: Pym.js reads the id as part of its message) and AMP's. Their
// forms come from the page (data-start's height). Called by web/pending.js
// in an embed (final: the program will run), and where the program will not
// run (web/pending-inert.js).
window.roundcalcReportHeight = function (shared, final) {
  "use strict";
  if (window.parent === window || (final && partial())) {
    return;
  }
  var hm = shared.cfg.height, page = shared.page, id = shared.here.get(hm.childKey), last = 0;
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
  // The full page laid out as an embed (web/lang.js) that lacks some of
  // what the address asks for (a block the page shows only in a folded
  // section, a lever whose slider is folded or unknown) is not the embed's
  // height: the article would move when the program starts. The program,
  // which will run, reports the first height instead.
  function partial() {
    var root = shared.root, folded = shared.cfg.shows.folded;
    var words = function (a) { return (root.getAttribute(a) || "").split(" ").filter(Boolean); };
    return root.classList.contains("rc-as-embed") &&
      (words("data-show").some(function (b) { return folded.indexOf(b) >= 0; }) ||
        words("data-levers").some(function (n) { return !document.querySelector('[data-param="' + CSS.escape(n) + '"]'); }));
  }
  if (window.ResizeObserver) {
    new ResizeObserver(report).observe(page);
  }
  window.addEventListener("resize", report);
  window.addEventListener("load", report);
  report();
};

