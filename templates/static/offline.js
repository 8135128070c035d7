/* Trackside: registers the site's service worker (sw.js at the site root), which keeps every page
   read once (and the pre-cached ones) readable with the network off. Loaded on every page.
   Service workers only run over http(s) (localhost counts), never for pages opened from disk. */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  var root = new URL('../', script.src).href; // this file is static/offline.js: one folder below the root

  // The live preview (`trackside serve`) rebuilds on every save: a cache there would only show old
  // files. It marks its pages with its reload script; drop any worker an earlier visit installed.
  if (document.querySelector('script[src^="/__trackside/"]')) {
    navigator.serviceWorker.getRegistrations().then(function (registrations) {
      registrations.forEach(function (registration) {
        if (registration.scope === root) registration.unregister();
      });
    }, function () {});
    return;
  }

  function register() {
    // updateViaCache "none": a host's HTTP caching never delays a rebuilt site's new worker.
    navigator.serviceWorker.register(root + 'sw.js', { scope: root, updateViaCache: 'none' })
      .catch(function () { /* e.g. plain http on a public host: the site still works online */ });
  }
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register);
})();
