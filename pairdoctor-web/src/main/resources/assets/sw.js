// pairdoctor's service worker (served as /sw.js, scope /). It keeps what a person needs without a network:
// the assets, the printable pairing guides, and the pages of the session they are following, so the
// steps stay readable when the connection drops. Pages are fetched from the network first (they change
// with each answer); the cached copy is only the fallback. Anything else offline gets the offline page.
"use strict";

var VERSION = "pairdoctor-v1";
var ASSETS = VERSION + "-assets";
var PAGES = VERSION + "-pages";
var SESSION = VERSION + "-session";
var PRECACHE = ["/assets/app.css", "/assets/app.js", "/assets/icon.svg", "/assets/icon-192.png",
  "/favicon.ico", "/manifest.webmanifest", "/offline", "/guide"];

self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(ASSETS).then(function (c) {
    return c.addAll(PRECACHE);
  }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k.indexOf(VERSION) !== 0; })
      .map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});

function isGuide(path) {
  return path === "/guide" || path.indexOf("/guide/") === 0;
}

function isSessionPage(path) {
  return /^\/s\/[^/]+$/.test(path);
}

// Only the session being followed is kept: a newer session's page replaces the older one's.
function keepSessionPage(request, response) {
  return caches.open(SESSION).then(function (c) {
    return c.keys().then(function (keys) {
      return Promise.all(keys.filter(function (k) { return k.url !== request.url; })
        .map(function (k) { return c.delete(k); }));
    }).then(function () { return c.put(request, response); });
  });
}

function networkFirst(request, store) {
  return fetch(request).then(function (response) {
    if (response.ok) {
      var copy = response.clone();
      var path = new URL(request.url).pathname;
      if (isSessionPage(path)) {
        keepSessionPage(new Request(request.url), copy);
      } else {
        caches.open(store).then(function (c) { c.put(request, copy); });
      }
    }
    return response;
  }).catch(function () {
    return caches.match(request, { ignoreVary: true }).then(function (hit) {
      return hit || caches.match("/offline");
    });
  });
}

function staleWhileRevalidate(request) {
  return caches.open(ASSETS).then(function (c) {
    return c.match(request).then(function (hit) {
      var fresh = fetch(request).then(function (response) {
        if (response.ok) {
          c.put(request, response.clone());
        }
        return response;
      });
      if (hit) {
        fresh.catch(function () { /* offline: the cached copy was served */ });
        return hit;
      }
      return fresh;
    });
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  if (request.method !== "GET") {
    // An answer posted without a network: say so instead of the browser's error page.
    if (request.mode === "navigate") {
      event.respondWith(fetch(request).catch(function () { return caches.match("/offline"); }));
    }
    return;
  }
  var path = url.pathname;
  if (path.indexOf("/assets/") === 0 || path === "/favicon.ico" || path === "/manifest.webmanifest") {
    event.respondWith(staleWhileRevalidate(request));
  } else if (isGuide(path)) {
    event.respondWith(networkFirst(request, PAGES));
  } else if (isSessionPage(path)) {
    event.respondWith(networkFirst(request, SESSION));
  } else if (request.mode === "navigate") {
    event.respondWith(fetch(request).catch(function () {
      return caches.match(request, { ignoreVary: true }).then(function (hit) {
        return hit || caches.match("/offline");
      });
    }));
  }
});

// A page may ask for more guides to be kept (the guide index lists them): fetched once, quietly.
self.addEventListener("message", function (event) {
  var data = event.data || {};
  if (!Array.isArray(data.keep)) {
    return;
  }
  var urls = data.keep.filter(function (u) {
    try { return isGuide(new URL(u, self.location.origin).pathname); } catch (e) { return false; }
  }).slice(0, 40);
  event.waitUntil(caches.open(PAGES).then(function (c) {
    return Promise.all(urls.map(function (u) {
      return c.match(u).then(function (hit) { return hit || c.add(u).catch(function () { /* try later */ }); });
    }));
  }));
});
