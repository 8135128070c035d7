/* Trackside site search. No server, no libraries: the generator writes an index under search/
   (format: generator/Search/README.md) and this file loads only the pieces a query needs:
   - search/terms.txt   every term, front-coded, with its document frequency: fetched when the box
                        gets focus; whole-word typos (1-2 edits anywhere, the first letter too) and
                        prefixes are found in it by walking the sorted terms as a trie;
   - search/p<n>.bin    postings of the few terms a query matched, one set of documents per field;
   - search/d<n>.json   titles and snippets of the documents shown.
   The form is hidden without JavaScript (the page's Content-Security-Policy allows no form submission). */
(function (factory) {
  'use strict';
  var api = factory();
  if (typeof module === 'object' && module.exports) module.exports = api;
  else if (typeof document !== 'undefined') {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', function () { api.attach(document); });
    else api.attach(document);
  }
})(function () {
  'use strict';

  var WORD = /[\p{L}\p{N}]/u;
  var now = typeof performance === 'object' ? function () { return performance.now(); } : Date.now;
  var MARK = /\p{M}/u;
  var MAX_WORDS = 8, MAX_TYPOS_BESIDE_MATCH = 3;
  // Score tiers: a better kind of match always outranks a better field (field scores add < 1).
  var EXACT = 8, PREFIX = 6, TYPO1 = 4, PREFIX_TYPO1 = 3, TYPO2 = 2, PREFIX_TYPO2 = 1;

  /** Terms of a text, exactly as generator/Search/SearchText.cs makes them. */
  function tokenize(text, fold, minLength, maxLength) {
    var out = [], word = '';
    function flush() {
      if (word.length >= minLength && word.length <= maxLength) out.push(word);
      word = '';
    }
    for (var ch of text) {
      if (ch === "'" || ch === '\u2019') continue;
      var lower = ch.toLowerCase();
      if (lower !== ch && Array.from(lower).length !== 1) lower = ch; // "İ" lowercases to two characters: keep it
      if (MARK.test(lower)) continue;
      if (WORD.test(lower)) { word += fold.get(lower) || lower; continue; }
      flush();
    }
    flush();
    return out;
  }

  /** Whole-word edits allowed for a query word of n characters, and edits inside a prefix. */
  function edits(n) { return n >= 7 ? 2 : n >= 4 ? 1 : 0; }
  function prefixEdits(n) { return n >= 8 ? 2 : n >= 5 ? 1 : 0; }

  function parseTerms(text) {
    var nl = text.indexOf('\n');
    var meta = JSON.parse(text.slice(0, nl));
    var lines = text.slice(nl + 1).split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    var count = lines.length;
    var terms = new Array(count), shared = new Uint8Array(count), common = new Uint8Array(count);
    var previous = '', maxLength = 0;
    for (var i = 0; i < count; i++) {
      var line = lines[i], tab = line.lastIndexOf('\t');
      var s = parseInt(line.charAt(0), 36);
      var term = previous.slice(0, s) + line.slice(1, tab);
      terms[i] = term; shared[i] = s; common[i] = parseInt(line.slice(tab + 1), 36);
      if (term.length > maxLength) maxLength = term.length;
      previous = term;
    }
    var fold = new Map();
    Object.keys(meta.fold).forEach(function (to) { for (var ch of meta.fold[to]) fold.set(ch, to); });
    // A document's score for a term: its best field counts fully, the other fields a quarter
    // (0.75 × best + 0.25 × sum), scaled below 1 so it never outweighs a better kind of match.
    var sum = 0, best = 0;
    meta.weights.forEach(function (w) { sum += w; best = Math.max(best, w); });
    // A title word weighs most in a one-word title: weight × (1 + 3 / words) / 4.
    var titleWeight = new Float32Array(meta.docs);
    for (var d = 0; d < meta.docs; d++) {
      var words = parseInt(meta.titleTerms.charAt(d), 36) || 1;
      titleWeight[d] = meta.weights[0] * (1 + 3 / words) / 4;
    }
    return {
      meta: meta, terms: terms, shared: shared, common: common, maxLength: maxLength, fold: fold,
      packs: Int32Array.from(meta.packs), fieldScale: 1 / (0.75 * best + 0.25 * sum + 1), titleWeight: titleWeight,
    };
  }

  /**
   * Terms within a few edits of q (optimal string alignment: a swap of two neighbours is one edit),
   * or starting with q (give or take a few edits in longer words). The sorted terms are walked as a
   * trie: rows of the edit-distance table are shared by terms with a common prefix, and a prefix no
   * term below can match is skipped whole.
   */
  function candidates(dict, q, limit) {
    var n = q.length, k = edits(n), kp = prefixEdits(n), K = Math.max(k, kp), W = n + 1;
    var rows = new Int32Array((dict.maxLength + 1) * W), pmin = new Int32Array(dict.maxLength + 1);
    var qc = new Uint16Array(n);
    for (var j = 0; j < n; j++) qc[j] = q.charCodeAt(j);
    for (j = 0; j <= n; j++) rows[j] = j;
    pmin[0] = n;
    var terms = dict.terms, shared = dict.shared, found = [];
    var valid = 0, skip = 1 << 30;
    for (var i = 0; i < terms.length; i++) {
      var s = shared[i];
      if (s >= skip) continue;
      skip = 1 << 30;
      var t = terms[i], L = t.length, depth = s < valid ? s : valid, dead = false;
      while (depth < L) {
        depth++;
        var c = t.charCodeAt(depth - 1), before = depth > 1 ? t.charCodeAt(depth - 2) : -1;
        var cur = depth * W, prev = cur - W, rowMin = depth;
        rows[cur] = depth;
        for (j = 1; j <= n; j++) {
          var v = rows[prev + j - 1] + (qc[j - 1] === c ? 0 : 1);
          var x = rows[prev + j] + 1; if (x < v) v = x;
          x = rows[cur + j - 1] + 1; if (x < v) v = x;
          if (j > 1 && qc[j - 1] === before && qc[j - 2] === c) { x = rows[prev - W + j - 2] + 1; if (x < v) v = x; }
          rows[cur + j] = v;
          if (v < rowMin) rowMin = v;
        }
        var p = rows[cur + n] < pmin[depth - 1] ? rows[cur + n] : pmin[depth - 1];
        pmin[depth] = p;
        if (rowMin > K && p > kp) { dead = true; break; }
      }
      valid = depth;
      if (dead) { skip = depth; continue; }
      var full = rows[L * W + n], score = 0;
      if (full <= k) score = full === 0 ? EXACT : full === 1 ? TYPO1 : TYPO2;
      var pm = pmin[L];
      if (pm <= kp) {
        var ps = pm === 0 ? PREFIX + 1.6 * n / L : pm === 1 ? PREFIX_TYPO1 : PREFIX_TYPO2;
        if (ps > score) score = ps;
      }
      if (score > 0) found.push({ term: i, score: score });
    }
    found.sort(function (a, b) { return b.score - a.score || dict.common[b.term] - dict.common[a.term] || a.term - b.term; });
    // When the word itself (or a word it starts) is there, a few typo readings are enough.
    var picked = [], typos = 0, sure = found.length > 0 && found[0].score >= PREFIX;
    for (var f = 0; f < found.length && picked.length < limit; f++) {
      if (found[f].score < PREFIX && sure && ++typos > MAX_TYPOS_BESIDE_MATCH) break;
      picked.push(found[f]);
    }
    return picked;
  }

  function packOf(dict, term) {
    var lo = 0, hi = dict.packs.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (dict.packs[mid] <= term) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  /** Where each field's document set of each term of a pack starts: [kind (0 gaps, 1 bitmap), offset, count or bytes]. */
  function parsePack(bytes, first, count) {
    var lists = new Int32Array(count * 4 * 3), pos = 0;
    for (var l = 0; l < count * 4; l++) {
      var header = 0, shift = 0, b;
      do { b = bytes[pos++]; header += (b & 127) * Math.pow(2, shift); shift += 7; } while (b & 128);
      var kind = header & 1, size = Math.floor(header / 2);
      lists[l * 3] = kind; lists[l * 3 + 1] = pos; lists[l * 3 + 2] = size;
      if (kind === 1) pos += size;
      else for (var c = 0; c < size; c++) { do { b = bytes[pos++]; } while (b & 128); }
    }
    return { bytes: bytes, first: first, lists: lists };
  }

  /** Adds weight w (or perDoc[doc]) to every document of one list; returns the new count of touched documents. */
  function addList(bytes, kind, pos, size, w, perDoc, fields, top, touched, nt) {
    var add = w;
    var doc, b;
    if (kind === 1) {
      for (var i = 0; i < size; i++) {
        var x = bytes[pos + i];
        while (x) {
          var low = x & -x;
          doc = (i << 3) + (31 - Math.clz32(low));
          if (fields[doc] === 0) touched[nt++] = doc;
          if (perDoc) add = perDoc[doc];
          fields[doc] += add;
          if (add > top[doc]) top[doc] = add;
          x ^= low;
        }
      }
      return nt;
    }
    doc = -1;
    for (var c = 0; c < size; c++) {
      var gap = 0, shift = 0;
      do { b = bytes[pos++]; gap += (b & 127) * Math.pow(2, shift); shift += 7; } while (b & 128);
      doc += gap + 1;
      if (fields[doc] === 0) touched[nt++] = doc;
      if (perDoc) add = perDoc[doc];
      fields[doc] += add;
      if (add > top[doc]) top[doc] = add;
    }
    return nt;
  }

  /**
   * The search engine over one index. options.base: the index folder ("../search/");
   * options.get(url, type): a promise of the file's text (type "text") or bytes ("bytes").
   */
  function createEngine(options) {
    var dictPromise = null, packs = new Map(), chunks = new Map(), requested = [];
    var scratch = null;

    function get(path, type, versioned) {
      var url = options.base + path + (versioned ? '?v=' + versioned : '');
      requested.push(url);
      return options.get(url, type);
    }

    function load() {
      if (!dictPromise) {
        dictPromise = get('terms.txt', 'text').then(function (text) {
          var t0 = now(), dict = parseTerms(text);
          dict.parseMs = now() - t0;
          return dict;
        });
        dictPromise.catch(function () { dictPromise = null; });
      }
      return dictPromise;
    }

    function pack(dict, p) {
      if (!packs.has(p)) {
        var promise = get('p' + p + '.bin', 'bytes', dict.meta.version).then(function (buffer) {
          var end = p + 1 < dict.packs.length ? dict.packs[p + 1] : dict.terms.length;
          return parsePack(new Uint8Array(buffer), dict.packs[p], end - dict.packs[p]);
        });
        promise.catch(function () { packs.delete(p); });
        packs.set(p, promise);
      }
      return packs.get(p);
    }

    function chunk(dict, c) {
      if (!chunks.has(c)) {
        var promise = get('d' + c + '.json', 'text', dict.meta.version).then(JSON.parse);
        promise.catch(function () { chunks.delete(c); });
        chunks.set(c, promise);
      }
      return chunks.get(c);
    }

    /**
     * Results for a query: { words, total, results: [{ kind, path, title, snippet }], cpuMs } (at most
     * limit results; cpuMs: time spent computing rather than waiting for files).
     */
    function search(query, limit) {
      var cpu = 0, t0;
      return load().then(function (dict) {
        t0 = now();
        if (dict.parseMs) { cpu += dict.parseMs; dict.parseMs = 0; }
        var meta = dict.meta, N = meta.docs;
        var words = tokenize(query, dict.fold, meta.minLength, meta.maxLength).slice(0, MAX_WORDS);
        words = words.filter(function (w, i) { return words.indexOf(w) === i; });
        if (words.length === 0) return { words: words, total: 0, results: [], cpuMs: cpu + now() - t0 };
        var perWord = words.map(function (w) { return candidates(dict, w, w.length <= 2 ? 6 : w.length <= 3 ? 8 : 10); });
        var needed = [];
        perWord.forEach(function (list) {
          list.forEach(function (c) { var p = packOf(dict, c.term); if (needed.indexOf(p) < 0) needed.push(p); });
        });
        cpu += now() - t0;
        return Promise.all(needed.map(function (p) { return pack(dict, p); })).then(function (loaded) {
          t0 = now();
          var byPack = new Map();
          needed.forEach(function (p, i) { byPack.set(p, loaded[i]); });
          var ranked = rank(dict, perWord, byPack, N, limit);
          var top = ranked.top.slice(0, limit);
          var wanted = [];
          top.forEach(function (d) { var c = Math.floor(d / meta.chunk); if (wanted.indexOf(c) < 0) wanted.push(c); });
          cpu += now() - t0;
          return Promise.all(wanted.map(function (c) { return chunk(dict, c); })).then(function (docs) {
            t0 = now();
            var byChunk = new Map();
            wanted.forEach(function (c, i) { byChunk.set(c, docs[i]); });
            var results = top.map(function (d) {
              var row = byChunk.get(Math.floor(d / meta.chunk))[d % meta.chunk];
              return { kind: meta.kinds[row[0]], path: row[1], title: row[2], snippet: row[3] };
            });
            return { words: words, total: ranked.total, results: results, cpuMs: cpu + now() - t0 };
          });
        });
      });
    }

    /**
     * Each word scores a document by its best-matching term: the match's tier plus the fields it is
     * in. Documents matching the most words come first (all words, when any document has them all),
     * then by the sum of word scores, then in index order.
     */
    function rank(dict, perWord, byPack, N, limit) {
      if (!scratch || scratch.fields.length !== N)
        scratch = { fields: new Float32Array(N), top: new Float32Array(N), touched: new Int32Array(N), word: new Float32Array(N), total: new Float64Array(N), matched: new Uint8Array(N) };
      var fields = scratch.fields, top = scratch.top, touched = scratch.touched, word = scratch.word, total = scratch.total, matched = scratch.matched;
      var weights = dict.meta.weights, scale = dict.fieldScale;
      total.fill(0); matched.fill(0);
      perWord.forEach(function (list) {
        word.fill(0);
        list.forEach(function (c) {
          var pk = byPack.get(packOf(dict, c.term)), base = (c.term - pk.first) * 12, nt = 0;
          for (var f = 0; f < 4; f++)
            nt = addList(pk.bytes, pk.lists[base + f * 3], pk.lists[base + f * 3 + 1], pk.lists[base + f * 3 + 2], weights[f], f === 0 ? dict.titleWeight : null, fields, top, touched, nt);
          for (var i = 0; i < nt; i++) {
            var d = touched[i], v = c.score + (0.75 * top[d] + 0.25 * fields[d]) * scale;
            if (v > word[d]) word[d] = v;
            fields[d] = 0;
            top[d] = 0;
          }
        });
        for (var d = 0; d < N; d++) if (word[d] > 0) { total[d] += word[d]; matched[d]++; }
      });
      var best = 0, count = 0;
      for (var d = 0; d < N; d++) {
        if (matched[d] > best) { best = matched[d]; count = 0; }
        if (matched[d] === best && best > 0) count++;
      }
      return { total: best > 0 ? count : 0, top: topDocs(total, matched, best, N, Math.max(limit, 50)) };
    }

    function topDocs(total, matched, best, N, keep) {
      var top = [];
      if (best === 0) return top;
      for (var d = 0; d < N; d++) {
        if (matched[d] !== best) continue;
        var s = total[d];
        if (top.length === keep && s <= total[top[keep - 1]]) continue;
        var at = top.length;
        while (at > 0 && total[top[at - 1]] < s) at--;
        top.splice(at, 0, d);
        if (top.length > keep) top.pop();
      }
      return top;
    }

    return { load: load, search: search, requested: requested };
  }

  /** Wires the header form: results as you type, arrows to move, Escape to clear, Enter to open the first. */
  function attach(doc) {
    var form = doc.querySelector('form[data-search-root]');
    if (!form || typeof fetch !== 'function') return;
    var input = form.querySelector('input'), status = form.querySelector('[role=status]');
    var list = form.querySelector('.site-search-results'), more = form.querySelector('.site-search-more');
    var root = form.getAttribute('data-search-root');
    var engine = createEngine({
      base: root + 'search/',
      get: function (url, type) {
        return fetch(url, /terms\.txt$/.test(url) ? { cache: 'no-cache' } : {}).then(function (r) {
          if (!r.ok) throw new Error(url + ': ' + r.status);
          return type === 'bytes' ? r.arrayBuffer() : r.text();
        });
      },
    });
    var sequence = 0, shown = 0, PAGE = 10;
    form.hidden = false;

    function say(text) { if (status.textContent !== text) status.textContent = text; }

    function clear() {
      sequence++;
      list.textContent = '';
      more.hidden = true;
      shown = 0;
      say('');
    }

    function render(result, started, query) {
      list.textContent = '';
      result.results.forEach(function (r) {
        var li = doc.createElement('li'), a = doc.createElement('a'), kind = doc.createElement('span');
        var title = doc.createElement('span'), snippet = doc.createElement('span');
        a.href = root + r.path;
        kind.className = 'site-search-kind'; kind.textContent = r.kind.charAt(0).toUpperCase() + r.kind.slice(1);
        title.className = 'site-search-title'; title.textContent = r.title;
        snippet.className = 'site-search-snippet'; snippet.textContent = r.snippet;
        a.append(kind, ' ', title);
        if (r.snippet) a.append(' ', snippet);
        li.append(a);
        list.append(li);
      });
      shown = result.results.length;
      more.hidden = result.total <= shown;
      var n = result.total;
      say(n === 0 ? 'No results. Check the spelling or use fewer words.'
        : (n === 1 ? '1 result' : n + ' results') + (shown < n ? ', showing ' + shown : '') + '.');
      form.dispatchEvent(new CustomEvent('search:done', { detail: { query: query, total: n, shown: shown, ms: performance.now() - started, cpuMs: result.cpuMs } }));
    }

    function run(limit) {
      var query = input.value, started = performance.now(), mine = ++sequence;
      var words = query.split(/[^\p{L}\p{N}]+/u).filter(function (w) { return w.length >= 2; });
      if (words.length === 0) {
        clear();
        if (query.trim() !== '') say('Type at least two letters.');
        return Promise.resolve();
      }
      return engine.search(query, limit).then(function (result) {
        if (mine === sequence) render(result, started, query);
      }, function () {
        if (mine === sequence) {
          list.textContent = '';
          more.hidden = true;
          say(location.protocol === 'file:' ? 'Search works when the site is served over the web, not opened from a file.'
            : 'Search could not load. Check the connection and try again.');
        }
      });
    }

    input.addEventListener('focus', function () { engine.load().catch(function () { /* reported on the first query */ }); });
    input.addEventListener('input', function () { run(PAGE); });
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var first = list.querySelector('a');
      if (first) first.click();
    });
    more.addEventListener('click', function () {
      var before = shown;
      run(shown + PAGE).then(function () {
        var links = list.querySelectorAll('a');
        if (links[before]) links[before].focus();
      });
    });
    form.addEventListener('keydown', function (e) {
      var links = Array.prototype.slice.call(list.querySelectorAll('a'));
      var at = links.indexOf(doc.activeElement);
      if (e.key === 'Escape') {
        if (input.value === '' && links.length === 0) return;
        e.preventDefault();
        input.value = '';
        clear();
        input.focus();
      } else if (e.key === 'ArrowDown' && links.length > 0 && (doc.activeElement === input || at >= 0)) {
        e.preventDefault();
        links[Math.min(at + 1, links.length - 1)].focus();
      } else if (e.key === 'ArrowUp' && at >= 0) {
        e.preventDefault();
        (at === 0 ? input : links[at - 1]).focus();
      }
    });
  }

  return { tokenize: tokenize, parseTerms: parseTerms, candidates: candidates, createEngine: createEngine, attach: attach };
});
