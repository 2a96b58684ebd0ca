/* inzet: link highlights in the letter text with the fact panel, and the follow-up status filter.
   No library; works without it (everything is also plain HTML). */
(function () {
  "use strict";

  function factIds(el) {
    return (el.getAttribute("data-fact") || "").split(" ").filter(Boolean);
  }

  function clearSelection() {
    document.querySelectorAll(".selected").forEach(function (el) { el.classList.remove("selected"); });
  }

  /* select one fact: its marks in the text and its panel item */
  function selectFact(id, from) {
    clearSelection();
    var marks = Array.prototype.filter.call(document.querySelectorAll("mark.fact"), function (m) {
      return factIds(m).indexOf(id) >= 0;
    });
    marks.forEach(function (m) { m.classList.add("selected"); });
    var item = document.getElementById("panel-" + id);
    if (item) { item.classList.add("selected"); }
    if (from === "text" && item) {
      item.scrollIntoView({ block: "nearest", behavior: "smooth" });
    } else if (marks.length) {
      marks = marks.filter(function (m) { return m.offsetParent !== null; }).concat(marks);
      marks[0].scrollIntoView({ block: "center", behavior: from === "hash" ? "auto" : "smooth" });
    }
    if (history.replaceState) { history.replaceState(null, "", "#" + id); }
  }

  /* text offsets → a DOM range over the stored text as is (the rendered text equals the stored text) */
  function rangeAt(root, start, end) {
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT), pos = 0, node, range = document.createRange();
    var started = false;
    while ((node = walker.nextNode())) {
      var len = node.nodeValue.length;
      if (!started && start <= pos + len) { range.setStart(node, Math.max(0, start - pos)); started = true; }
      if (started && end <= pos + len) { range.setEnd(node, Math.max(0, end - pos)); return range; }
      pos += len;
    }
    return started ? range : null;
  }

  /* the text node and offset `off` characters into element `el` */
  function pointIn(el, off) {
    var walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT), node, last = null;
    while ((node = walker.nextNode())) {
      if (off <= node.nodeValue.length) { return [node, off]; }
      off -= node.nodeValue.length;
      last = node;
    }
    return last ? [last, last.nodeValue.length] : null;
  }

  /* stored-text offsets → a DOM range over the normalised view: each run is a span[data-t] at its offset */
  function normalisedRangeAt(root, start, end) {
    var runs = root.querySelectorAll("span[data-t]"), range = document.createRange(), started = false;
    for (var i = 0; i < runs.length; i++) {
      var t = parseInt(runs[i].getAttribute("data-t"), 10), len = runs[i].textContent.length, p;
      if (!started && start < t + len) {
        p = pointIn(runs[i], Math.max(0, start - t));
        if (!p) { continue; }
        range.setStart(p[0], p[1]);
        started = true;
      }
      if (started && end <= t + len) {
        p = pointIn(runs[i], Math.max(0, end - t));
        if (p) { range.setEnd(p[0], p[1]); }
        return range;
      }
    }
    return started ? range : null;
  }

  function showSentence(start, end) {
    var root = document.getElementById("letter-normalised");
    var range;
    if (root && !root.hidden) {
      range = normalisedRangeAt(root, start, end);
    } else {
      root = document.getElementById("letter-text");
      if (!root) { return; }
      range = rangeAt(root, start, end);
    }
    if (!range) { return; }
    var sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    var el = range.startContainer.parentElement;
    if (el) { el.scrollIntoView({ block: "center" }); }
  }

  function fromHash() {
    var h = decodeURIComponent(location.hash.slice(1));
    var m = /^s-(\d+)-(\d+)$/.exec(h);
    if (m) { showSentence(parseInt(m[1], 10), parseInt(m[2], 10)); return; }
    if (/^[a-z_]+-\d+$/.test(h) && document.getElementById("panel-" + h)) { selectFact(h, "hash"); }
  }

  document.addEventListener("click", function (ev) {
    var mark = ev.target.closest && ev.target.closest("mark.fact");
    if (mark) {
      var ids = factIds(mark);
      if (ids.length) {
        /* a second click on a nested highlight moves to the next enclosing fact */
        var current = document.querySelector(".panel-item.selected");
        var i = current ? ids.indexOf(current.getAttribute("data-fact")) : -1;
        selectFact(ids[(i + 1) % ids.length], "text");
      }
      return;
    }
    var item = ev.target.closest && ev.target.closest(".panel-item");
    if (item && !ev.target.closest("a")) { selectFact(item.getAttribute("data-fact"), "panel"); return; }
    var view = ev.target.closest && ev.target.closest("button.toggle-view[data-view]");
    if (view) {
      document.querySelectorAll("button.toggle-view[data-view]").forEach(function (b) {
        var on = b === view, el = document.getElementById(b.getAttribute("data-view"));
        b.setAttribute("aria-pressed", on ? "true" : "false");
        if (el) { el.hidden = !on; }
      });
      return;
    }
    var toggle = ev.target.closest && ev.target.closest("button.toggle[data-show]");
    if (toggle) {
      var show = toggle.getAttribute("data-show");
      document.querySelectorAll("button.toggle[data-show]").forEach(function (b) {
        b.setAttribute("aria-pressed", b === toggle ? "true" : "false");
      });
      document.querySelectorAll("li.position").forEach(function (li) {
        li.hidden = show !== "all" && li.getAttribute("data-status") !== show;
      });
    }
  });

  document.addEventListener("keydown", function (ev) {
    if ((ev.key === "Enter" || ev.key === " ") && ev.target.classList && ev.target.classList.contains("panel-item")) {
      ev.preventDefault();
      selectFact(ev.target.getAttribute("data-fact"), "panel");
    }
  });

  window.addEventListener("hashchange", fromHash);
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", fromHash);
  } else { fromHash(); }
})();
