package server

import (
	"encoding/json"
	"strconv"
	"strings"
)

// serviceWorker is the template of /app-worker.js (app.Handler's
// ServiceWorkerTemplate). go-app fills in {{.Version}} and
// {{.ResourcesToCache}} (already resolved against the site's base path).
// prerenders: the host renders each address's own page (the server of
// make run), not one page for every address (a static host).
//
// Differences from go-app's default worker (app.DefaultAppWorkerJS):
//   - the precache runs inside event.waitUntil, revalidates what the HTTP
//     cache holds (cache: "no-cache") and fails the install when a resource is missing, so
//     a worker never activates with a half-filled cache; each language's
//     page is fetched in that language, so the scope's page is the default
//     language's as on a static host, whatever the reader's browser asks;
//   - activation deletes the old versions' caches and claims the open pages
//     inside event.waitUntil; go-app's app.js then calls goappOnUpdate and
//     components get OnAppUpdate (see update_banner.go);
//   - navigations (mode "navigate" or Accept: text/html) are answered with
//     the cached page whatever their query string, so every shared link
//     (/?pre=900) opens offline; web/pending.js marks the figures pending
//     until the wasm has computed them for that query;
//   - an embed's navigation (embed=1), where the host prerenders each
//     address, goes to the network first: its own prerender is in its
//     language, with its blocks, levers and height from the first paint.
//     Offline, when the answer is another version's or takes more than
//     embedWait (a connection that answers nothing), it gets the cached
//     page of the language its address asks for, which web/lang.js lays
//     out as that embed; a static host's is that page anyway;
//   - every other same-origin GET is cache-first from this version's cache
//     only, so a page is never paired with another version's wasm;
//   - no push-notification code (the app sends none).
func serviceWorker(prerenders bool, pg Page) string {
	// Each language's page, relative to the scope ("en/", "" for "/").
	pages := map[string]string{}
	for l, p := range pg.Paths {
		pages[l] = strings.TrimPrefix(p, "/")
	}
	b, _ := json.Marshal(pages)
	r := strings.NewReplacer("PRERENDERS", strconv.FormatBool(prerenders), "LANG_PAGES", string(b))
	return r.Replace(serviceWorkerJS)
}

const serviceWorkerJS = `// roundcalc service worker, version {{.Version}}
const version = "{{.Version}}";
const cacheName = "app-" + version;
const scopePath = new URL(self.registration.scope).pathname; // "/" or "/base/"

// The page is listed as "/base" when the site lives under a sub-path; static
// hosts redirect that to "/base/", and a redirected response cannot answer a
// navigation, so the page is cached under the scope's own path.
const resourcesToCache = {{.ResourcesToCache}}.map((r) =>
  r + "/" === scopePath ? scopePath : r
);
// Whether the host renders each address's own page (see fetch).
const prerendersEachAddress = PRERENDERS;
// How long an embed's page may take from the network before the cached
// one answers (ms): on a connection that answers nothing, the article's
// reader would otherwise see an empty frame.
const embedWait = 3000;
// Each language's page: {"en": "/base/en/", "fr": "/base/"}.
const langPages = Object.fromEntries(
  Object.entries(LANG_PAGES).map(([lang, p]) => [lang, scopePath + p])
);

function precacheRequest(r) {
  // no-cache revalidates (a 304 for what the page has just fetched)
  // instead of downloading app.wasm a second time on a first visit.
  const init = { cache: "no-cache" };
  // A language's page in that language: the server would write the scope's
  // page in the browser's, and web/lang.js could not tell it from the
  // default language's page.
  const lang = Object.keys(langPages).find((l) => langPages[l] === r);
  if (lang) {
    init.headers = { "Accept-Language": lang };
  }
  return new Request(r, init);
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(cacheName);
      await cache.addAll(resourcesToCache.map(precacheRequest));
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
  const query = new URL(request.url).searchParams;
  const embed = query.get("embed") === "1";
  if (embed && prerendersEachAddress) {
    // The embed's own prerender, unless offline or another version's
    // (whose page would meet this version's scripts and styles).
    try {
      const res = await Promise.race([
        fetch(request),
        new Promise((_, slow) => setTimeout(() => slow(new Error("slow")), embedWait)),
      ]);
      const etag = res.headers.get("ETag");
      if (res.ok && (!etag || etag.includes(version))) {
        return res;
      }
    } catch (e) {
      // offline or slow: the cached page below
    }
  }
  // The cached pages were precached with a language of their own.
  const match = (r, o) => cache.match(r, Object.assign({ ignoreVary: true }, o));
  // An embed gets the page of its address's language at once: sent there
  // by web/lang.js instead, the page it leaves would report its height.
  const asked = embed && langPages[(query.get("lang") || "").toLowerCase().slice(0, 2)];
  const cached =
    (asked && (await match(asked))) ||
    (await match(path)) ||
    (await match(request, { ignoreSearch: true }));
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
