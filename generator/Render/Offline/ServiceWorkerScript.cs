using System.Text;
using System.Text.Json;

namespace Trackside.Render.Offline;

/// <summary>
/// The text of <c>sw.js</c>: the build's version and pre-cache list, then the fixed worker code.
/// <list type="bullet">
/// <item>install: downloads every pre-cached file into a cache named after this site's folder and
/// the build's version, bypassing the browser's HTTP cache; any failure leaves the previous worker
/// (and its cache) in charge until the next visit;</item>
/// <item>activate: deletes this site's caches of other versions (never another site's on the same
/// host), then takes over open pages;</item>
/// <item>pages: network first, so a rebuilt site shows at once; the saved copy when the network
/// fails or is slower than a few seconds (a track with one bar of signal); every page read is saved;</item>
/// <item>other files (CSS, JS, the search index, images): cache first. They are versioned by the
/// cache: a rebuild that changes any byte of the site changes the version and so the whole cache.</item>
/// </list>
/// </summary>
public static class ServiceWorkerScript
{
    public static byte[] Write(string version, string language, IReadOnlyList<string> precache)
    {
        var text = new StringBuilder()
            .Append("/* Trackside service worker: written by `trackside build` on every build; do not edit.\n")
            .Append("   Keeps the site readable offline. The version is a hash of everything the build publishes. */\n")
            .Append("'use strict';\n")
            .Append("const VERSION = ").Append(JsonString(version)).Append(";\n")
            .Append("const LANGUAGE = ").Append(JsonString(language)).Append(";\n")
            .Append("// Files fetched at install, relative to this file. Other pages are saved when first read.\n")
            .Append("const PRECACHE = [\n");
        foreach (var path in precache) text.Append("  ").Append(JsonString(Escape(path))).Append(",\n");
        text.Append("];\n").Append(Code);
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    // The serializer's escaping without its reflection-based set-up, which costs a cold build some
    // sixty methods to compile.
    private static string JsonString(string value) => $"\"{JsonEncodedText.Encode(value)}\"";

    // Paths become URLs relative to the site root: only characters that would end the path need escaping.
    private static string Escape(string path) => path.Replace("%", "%25").Replace("#", "%23").Replace("?", "%3F");

    private const string Code = """
        const SCOPE = self.registration.scope;
        // Cache names carry the site's folder: two sites on one host never touch each other's caches.
        const PREFIX = 'trackside:' + SCOPE + ':';
        const CACHE = PREFIX + VERSION;
        const NETWORK_TIMEOUT_MS = 4000;
        const PARALLEL_DOWNLOADS = 6;

        self.addEventListener('install', (event) => {
          event.waitUntil(precache().then(() => self.skipWaiting()));
        });

        self.addEventListener('activate', (event) => {
          event.waitUntil((async () => {
            for (const name of await caches.keys()) {
              if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
            }
            await self.clients.claim();
          })());
        });

        self.addEventListener('fetch', (event) => {
          const request = event.request;
          if (request.method !== 'GET') return;
          const url = new URL(request.url);
          if (url.origin !== self.location.origin || !url.href.startsWith(SCOPE)) return;
          const key = cacheKey(url);
          if (request.mode === 'navigate' || isPage(url)) {
            let copy;
            const network = fetch(request).then((response) => { copy = response.clone(); return response; });
            event.waitUntil(network.then(() => save(key, copy), () => {}));
            event.respondWith(pageFrom(network, key));
          } else {
            event.respondWith(fileFrom(event, request, key));
          }
        });

        async function precache() {
          const cache = await caches.open(CACHE);
          const urls = PRECACHE.map((path) => new URL(path, SCOPE).href);
          let next = 0;
          async function worker() {
            while (next < urls.length) {
              const url = urls[next++];
              // "no-cache": ask the server, so a host's HTTP cache never fills the new cache with old files.
              const response = await fetch(url, { cache: 'no-cache' });
              if (!response.ok) throw new Error('Trackside: could not pre-cache ' + url + ' (' + response.status + ')');
              await cache.put(url, await storable(response));
            }
          }
          await Promise.all(Array.from({ length: PARALLEL_DOWNLOADS }, worker));
        }

        // Network first, with the saved copy when the network fails, errs or is too slow.
        async function pageFrom(network, key) {
          let timer;
          const slow = new Promise((resolve) => { timer = setTimeout(resolve, NETWORK_TIMEOUT_MS, null); });
          try {
            const response = await Promise.race([network, slow]);
            if (response && response.status < 500) return response;
          } catch (e) {
            // offline: fall through to the saved copy
          } finally {
            clearTimeout(timer);
          }
          const saved = await lookup(key);
          if (saved) return saved;
          try {
            return await network;
          } catch (e) {
            return offlinePage();
          }
        }

        // Cache first: the cache belongs to one build, so its files are that build's files.
        async function fileFrom(event, request, key) {
          const saved = await lookup(key);
          if (saved) return saved;
          const response = await fetch(request);
          event.waitUntil(save(key, response.clone()));
          return response;
        }

        async function save(key, response) {
          if (response.status !== 200 || response.type !== 'basic') return; // not errors, redirects to elsewhere or partial content
          const cache = await caches.open(CACHE);
          await cache.put(key, await storable(response));
        }

        // An address without an extension may be a page whose host drops ".html", or a folder without "/".
        async function lookup(key) {
          const cache = await caches.open(CACHE);
          const saved = await cache.match(key);
          if (saved || /\.[a-z0-9]+$/i.test(key)) return saved;
          return (await cache.match(key + '.html')) || (await cache.match(key + '/index.html'));
        }

        // A response that followed a redirect may not answer a navigation: keep its body and headers only.
        async function storable(response) {
          if (!response.redirected) return response;
          return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers: response.headers });
        }

        // The saved copy of "folder/" is "folder/index.html"; query strings and fragments never matter.
        function cacheKey(url) {
          const path = url.origin + url.pathname;
          return path.endsWith('/') ? path + 'index.html' : path;
        }

        function isPage(url) {
          return url.pathname.endsWith('/') || url.pathname.endsWith('.html') || !/\.[a-z0-9]+$/i.test(url.pathname);
        }

        function offlinePage() {
          const home = new URL('index.html', SCOPE).href;
          const css = new URL('static/site.css', SCOPE).href;
          const html = '<!doctype html><html lang="' + LANGUAGE.replace(/[^A-Za-z0-9-]/g, '') + '"><head><meta charset="utf-8">' +
            '<meta name="viewport" content="width=device-width, initial-scale=1"><title>Offline</title>' +
            '<link rel="stylesheet" href="' + css + '"></head><body><main id="main"><h1>You are offline</h1>' +
            '<p>This page has not been saved on this device yet. Pages you have opened before still work.</p>' +
            '<p><a href="' + home + '">Go to the home page</a></p></main></body></html>';
          return new Response(html, { status: 503, statusText: 'Offline', headers: { 'Content-Type': 'text/html; charset=utf-8' } });
        }

        """;
}
