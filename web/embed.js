// roundcalc embed listener for article pages that have no Datawrapper, Pym.js
// or AMP listener of their own: it resizes each roundcalc frame to the
// height the frame reports. Include once per page: <script src=".../web/embed.js" async></script>
(function () {
  "use strict";
  if (window.roundcalcEmbed) return;
  window.roundcalcEmbed = true;
  window.addEventListener("message", function (e) {
    var d = e.data, h = null;
    if (d && typeof d === "object" && d["datawrapper-height"]) {
      for (var k in d["datawrapper-height"]) h = d["datawrapper-height"][k];
    }
    if (typeof h !== "number" || !(h > 0) || h > 100000) return;
    var frames = document.querySelectorAll("iframe[data-roundcalc]");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === e.source) {
        frames[i].style.height = Math.ceil(h) + "px";
      }
    }
  });
})();
