package server

// serviceWorkerJS is the template of /app-worker.js (app.Handler's
// ServiceWorkerTemplate). go-app fills in {{.Version}} and
// {{.ResourcesToCache}} (already resolved against the site's base path).
//
// Differences from go-app's default worker (app.DefaultAppWorkerJS):
//   - the precache runs inside event.waitUntil, bypasses the HTTP cache
//     (cache: "reload") and fails the install when a resource is missing, so
//     a worker never activates with a half-filled cache;
//   - activation deletes the old versions' caches and claims the open pages
//     inside event.waitUntil; go-app's app.js then calls goappOnUpdate and
//     components get OnAppUpdate (see update_banner.go);
//   - navigations (mode "navigate" or Accept: text/html) are answered with
//     the cached page whatever their query string (the embed's own page for
//     embed=1), so every shared link
//     (/?pre=900) opens offline; web/pending.js marks the figures pending
//     until the wasm has computed them for that query;
//   - every other same-origin GET is cache-first from this version's cache
//     only, so a page is never paired with another version's wasm;
//   - no push-notification code (the app sends none).
const serviceWorkerJS = `// roundcalc service worker, version {{.Version}}
const cacheName = "app-" + "{{.Version}}";
const scopePath = new URL(self.registration.scope).pathname; // "/" or "/base/"

// The page is listed as "/base" when the site lives under a sub-path; static
// hosts redirect that to "/base/", and a redirected response cannot answer a
// navigation, so the page is cached under the scope's own path.
const resourcesToCache = {{.ResourcesToCache}}.map((r) =>
  r + "/" === scopePath ? scopePath : r
);
// The embed's own prerendered page, for navigations with embed=1 (a static
// host answers it with the full page, which web/pending.js then shows as
// the embed would until the program runs).
const embedPage = scopePath + "?embed=1";

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(cacheName);
      await cache.addAll(
        // no-cache revalidates (a 304 for what the page has just fetched)
        // instead of downloading app.wasm a second time on a first visit.
        resourcesToCache.concat([embedPage]).map((r) => new Request(r, { cache: "no-cache" }))
      );
      await self.skipWaiting();
    })()
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const keys = await caches.keys();
      const old = keys.filter((k) => k.startsWith("app-") && k !== cacheName);
      await Promise.all(old.map((k) => caches.delete(k)));
      // Take over open pages only on an update: claiming on a first visit
      // would make go-app announce a "new version" to a first-time reader.
      // Later navigations are controlled either way, so offline still works.
      if (old.length > 0) {
        await self.clients.claim();
      }
    })()
  );
});

function isNavigation(request) {
  if (request.mode === "navigate") {
    return true;
  }
  const accept = request.headers.get("Accept") || "";
  return request.destination === "document" || accept.includes("text/html");
}

// The pages: the scope's, and each language's own ("/base/en/").
function pagePath(pathname) {
  if (pathname + "/" === scopePath || pathname === scopePath + "index.html") {
    return scopePath;
  }
  if (pathname.endsWith("/index.html")) {
    pathname = pathname.slice(0, -"index.html".length);
  }
  return resourcesToCache.includes(pathname) && pathname.endsWith("/") ? pathname : "";
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") {
    return;
  }
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  if (isNavigation(request) && pagePath(url.pathname)) {
    event.respondWith(page(request, pagePath(url.pathname)));
    return;
  }
  event.respondWith(cacheFirst(request));
});

async function page(request, path) {
  const cache = await caches.open(cacheName);
  const embed = new URL(request.url).searchParams.get("embed") === "1";
  const cached =
    (embed && path === scopePath && (await cache.match(embedPage))) ||
    (await cache.match(path)) ||
    (await cache.match(request, { ignoreSearch: true }));
  if (cached) {
    return cached;
  }
  return fetch(request);
}

async function cacheFirst(request) {
  const cache = await caches.open(cacheName);
  const cached = await cache.match(request);
  if (cached) {
    return cached;
  }
  return fetch(request);
}
`
