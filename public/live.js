// Galley live coverage: the reader site's only script, loaded only on a running live
// coverage page (components/reader/live-coverage.tsx). When the newsroom publishes, edits
// or removes an update, the server sends an event (/live-events/<article id>); this
// fetches the page again (from the server's page cache), brings edited and removed
// entries, the status line and the key events up to date at once, and offers new
// updates behind an "N new updates" button rather than moving the text being read.
function galleyLive() {
  "use strict";
  var root = document.querySelector("[data-live-coverage]");
  if (!root || root.getAttribute("data-newest") !== "1" || !window.EventSource) return;
  var list = root.querySelector("[data-live-updates]");
  var slot = root.querySelector("[data-live-new]");
  var waiting = []; // new entries not shown yet, newest first
  var busy = false;
  var again = false;

  function idOf(item) {
    return item.getAttribute("data-live-update");
  }

  function replacePart(fresh, selector) {
    var mine = root.querySelector(selector);
    var theirs = fresh.querySelector(selector);
    if (mine && theirs && mine.innerHTML !== theirs.innerHTML) mine.innerHTML = theirs.innerHTML;
  }

  function showButton() {
    slot.textContent = "";
    if (waiting.length === 0) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "live-new-updates";
    var words = root.getAttribute(waiting.length === 1 ? "data-new-one" : "data-new-many");
    button.textContent = words.replace("{n}", String(waiting.length));
    button.addEventListener("click", function () {
      var empty = root.querySelector("[data-live-empty]");
      if (empty) empty.parentNode.removeChild(empty);
      for (var i = waiting.length - 1; i >= 0; i--) list.insertBefore(waiting[i], list.firstChild);
      waiting = [];
      showButton();
      var first = list.firstElementChild;
      if (first) {
        first.setAttribute("tabindex", "-1");
        first.focus();
      }
    });
    slot.appendChild(button);
  }

  function apply(page) {
    var fresh = page.querySelector("[data-live-coverage]");
    var freshList = fresh && fresh.querySelector("[data-live-updates]");
    if (!freshList) return;
    replacePart(fresh, "[data-live-status]");
    replacePart(fresh, "[data-live-keys]");
    if (fresh.getAttribute("data-newest") !== "1") root.setAttribute("data-newest", "0");
    var shown = {};
    Array.prototype.forEach.call(list.children, function (item) {
      shown[idOf(item)] = item;
    });
    var held = {};
    waiting.forEach(function (item, index) {
      held[idOf(item)] = index;
    });
    var incoming = Array.prototype.slice.call(freshList.children);
    var present = {};
    var oldest = Infinity;
    var added = [];
    incoming.forEach(function (item) {
      var id = idOf(item);
      present[id] = true;
      oldest = Math.min(oldest, Number(item.getAttribute("data-at")));
      var copy = document.importNode(item, true);
      if (shown[id]) {
        if (shown[id].getAttribute("data-stamp") !== item.getAttribute("data-stamp"))
          list.replaceChild(copy, shown[id]);
      } else if (id in held) {
        waiting[held[id]] = copy;
      } else {
        added.push(copy);
      }
    });
    // Removed in the newsroom: gone from the page's newest entries, so gone from here.
    Object.keys(shown).forEach(function (id) {
      var item = shown[id];
      if (!present[id] && Number(item.getAttribute("data-at")) >= oldest) list.removeChild(item);
    });
    waiting = added.concat(
      waiting.filter(function (item) {
        return present[idOf(item)];
      }),
    );
    showButton();
  }

  function check() {
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    fetch(location.href, { headers: { accept: "text/html" }, cache: "no-cache" })
      .then(function (response) {
        return response.ok ? response.text() : null;
      })
      .then(function (html) {
        if (html) apply(new DOMParser().parseFromString(html, "text/html"));
      })
      .catch(function () {})
      .then(function () {
        busy = false;
        if (again) {
          again = false;
          check();
        }
      });
  }

  var events = new EventSource(root.getAttribute("data-live-events"));
  var opened = false;
  // After a dropped stream, updates published meanwhile were not announced: look once.
  events.addEventListener("open", function () {
    if (opened) check();
    opened = true;
  });
  events.addEventListener("update", check);
}

// The script is async and sits in <head>: it can arrive before the page is parsed.
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", galleyLive);
else galleyLive();
