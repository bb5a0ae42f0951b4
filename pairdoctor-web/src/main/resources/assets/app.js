// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";

  // A live clock toward the 90-second goal. The server renders the elapsed seconds; counting from
  // page load avoids depending on the phone's clock being right.
  function startClock(timer) {
    var clock = timer.querySelector(".clock");
    var bar = timer.querySelector(".goal-bar");
    var start = Number(timer.getAttribute("data-elapsed")) || 0;
    var goal = Number(timer.getAttribute("data-goal")) || 90;
    var loaded = Date.now();
    function tick() {
      var s = start + Math.floor((Date.now() - loaded) / 1000);
      var m = Math.floor(s / 60);
      var r = s % 60;
      clock.textContent = m + ":" + (r < 10 ? "0" : "") + r;
      if (bar) {
        bar.value = Math.min(goal, s);
      }
      timer.classList.toggle("over", s > goal);
    }
    tick();
    setInterval(tick, 1000);
  }

  // "Copy summary" for the support request; the button stays hidden without JavaScript.
  function enableCopy(button) {
    var target = document.getElementById(button.getAttribute("data-copy"));
    if (!target) {
      return;
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      var done = function () { button.textContent = "Copied"; };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(target.value).then(done, function () { target.select(); });
      } else {
        target.select();
        try { document.execCommand("copy"); done(); } catch (e) { /* the text stays selected */ }
      }
    });
  }

  // Stop double submits: the first click wins (the server would answer 409 to the second).
  function guardForms(form) {
    form.addEventListener("submit", function () {
      setTimeout(function () {
        form.querySelectorAll("button").forEach(function (b) { b.disabled = true; });
      }, 0);
    });
  }

  // A countdown for a step that is mostly waiting (charging). Its start is kept per session and step,
  // so leaving the page and coming back does not restart it.
  function startCountdown(wait) {
    var out = wait.querySelector(".countdown");
    var total = Number(wait.getAttribute("data-wait")) || 0;
    var key = "pairdoctor-wait:" + wait.getAttribute("data-key");
    var started = Number(localStorage.getItem(key)) || Date.now();
    try { localStorage.setItem(key, String(started)); } catch (e) { /* private mode: count from now */ }
    function tick() {
      var left = Math.max(0, total - Math.floor((Date.now() - started) / 1000));
      var m = Math.floor(left / 60);
      var r = left % 60;
      out.textContent = left > 0 ? " " + m + ":" + (r < 10 ? "0" : "") + r + " left."
        : " Time is up: answer below.";
    }
    tick();
    setInterval(tick, 1000);
  }

  // The service worker keeps the assets, the guides and this session's pages for use without a network.
  function registerWorker() {
    if (!("serviceWorker" in navigator) || !window.isSecureContext) {
      return;
    }
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).then(function () {
      return navigator.serviceWorker.ready;
    }).then(function (reg) {
      var links = Array.prototype.map.call(document.querySelectorAll("a[href^='/guide/']"), function (a) {
        return a.getAttribute("href");
      });
      if (links.length && reg.active) {
        reg.active.postMessage({ keep: links });
      }
    }).catch(function () { /* no worker: the pages still work online */ });
  }

  // Offline, a form cannot be sent: say so where the answers are, and hide it again once back online.
  function offlineNote() {
    var note = document.getElementById("offline-note");
    if (!note) {
      return;
    }
    function update() { note.hidden = navigator.onLine; }
    window.addEventListener("online", update);
    window.addEventListener("offline", update);
    update();
  }

  registerWorker();

  document.addEventListener("DOMContentLoaded", function () {
    offlineNote();
    document.querySelectorAll(".wait[data-wait]").forEach(startCountdown);
    document.querySelectorAll(".timer[data-elapsed]").forEach(startClock);
    document.querySelectorAll("button[data-copy]").forEach(enableCopy);
    document.querySelectorAll("form.answers").forEach(guardForms);
  });
})();
