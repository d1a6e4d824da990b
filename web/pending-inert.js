// roundcalc: the prerendered page where its program will not run (a frame
// sandboxed without allow-same-origin, go-app's own switch), kept readable:
// controls disabled, a note saying whose figures show with a link to the
// full calculator (this scenario, less the frame's parameters), the height
// reported to a parent frame. Called by web/pending.js.
window.roundcalcInert = function (shared, sandbox) {
  "use strict";
  var cfg = shared.cfg, say = cfg.text, page = shared.page;
  shared.root.classList.add(sandbox ? "rc-sandboxed" : "rc-nowasm");
  if (sandbox && window.Go && window.Go.prototype) {
    window.Go.prototype.run = function () { return Promise.resolve(); }; // app.js removes its loader as usual
  }
  var full = new URL(location.href);
  cfg.frame.forEach(function (k) { full.searchParams.delete(k); });
  var own = shared.only(location.search, cfg.figures);
  var shown = own === "" ? say.shownArticle : own === shared.only(shared.rendered, cfg.figures) ? say.shownThis : say.shownNotLink;
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
  window.roundcalcReportHeight(shared);
};
