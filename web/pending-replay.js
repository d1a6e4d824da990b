// roundcalc: what the reader does before the program runs, kept and done
// again once it runs: values moved or typed, buttons and links pressed, in
// order, pressed again in the program's page, with the focus and caret
// where they were. The program replaces the page when it starts (go-app
// has no hydration; web/pending.js does not let it in while a pointer is
// down, so that a drag or a tap ends on the prerendered control, natively).
// Called by web/pending.js once the page waits for its program; it returns
// what the program's start calls once its page is in and its handlers set.
window.roundcalcKeep = function (shared) {
  "use strict";
  var cfg = shared.cfg, say = cfg.text, page = shared.page;
  // A control is found again in the program's page by its test id or id;
  // one without either is inert (disabled) until then.
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
  // The reader's place: the control with the focus and, in a text field,
  // its text and selection as the reader left them, followed key by key
  // (a field taken out of the page loses its selection, and a key pressed
  // in the prerendered field may insert its text in the program's). Put
  // back in the program's page as soon as it replaces the prerendered one,
  // so that the next key lands there, and again once the program runs,
  // whose first render may have written over it.
  var focus = null; // {el, sel, value, start, end}
  function follow(e) {
    var el = e.target;
    if (running || el !== document.activeElement) {
      return;
    }
    if (!focus || focus.el !== el) {
      focus = { el: el, sel: selectorOf(el) };
    }
    if (el.selectionStart != null) { // (a slider, a list have no caret)
      focus.value = el.value;
      focus.start = el.selectionStart;
      focus.end = el.selectionEnd;
    }
  }
  ["focusin", "keydown", "keyup", "input", "select", "selectionchange", "pointerup"].forEach(function (type) {
    document.addEventListener(type, follow, true);
  });
  function restore(f) {
    if (focus.start != null && f.selectionStart != null) {
      if (f.value !== focus.value) {
        f.value = focus.value;
      }
      f.setSelectionRange(focus.start, focus.end);
    }
  }
  function refocus() {
    var was = focus, f = !page.isConnected && was && was.sel && document.querySelector(was.sel);
    if (f && f !== was.el && (!document.activeElement || document.activeElement === document.body)) {
      f.focus();
      focus = was; // (not the program's field as it came in)
      focus.el = f;
      restore(f);
    }
  }
  var swap = new MutationObserver(refocus);
  swap.observe(document.body, { childList: true, subtree: true });

  // The reader's place back at once (the next key goes there), then their
  // moves, in order, each in its own task so that the page has answered
  // the one before.
  return function replay() {
    running = true;
    refocus();
    swap.disconnect();
    if (focus && document.activeElement === focus.el && focus.el.isConnected) {
      restore(focus.el);
    }
    setTimeout(function next() {
      var a = queue.shift(), el = a && document.querySelector(a.sel);
      if (el && a.press) {
        el.click();
      } else if (el) {
        if (el !== document.activeElement || el.selectionStart == null) {
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
};
