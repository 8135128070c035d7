// Search benchmark: runs the real templates/static/search.js against a built site's search/ index.
//
//   node bench/search/bench.mjs SITE_DIR            Node, no throttling: bytes per query and query times
//   node bench/search/bench.mjs SITE_DIR --browser  also headless Debian chromium (playwright-core), CPU slowed 4x:
//                                                   times from the keystroke to the rendered results list
//
// playwright-core is not a dependency of the repository: install it outside the tree, e.g.
//   npm i --prefix /tmp/pw playwright-core   and run with   PLAYWRIGHT_CORE=/tmp/pw/node_modules/playwright-core
// The browser is /usr/bin/chromium (CHROMIUM=... to change); no browser is ever downloaded.
// Bytes are counted as gzip -9 of each file fetched (what a static host sends with compression on).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import http from 'node:http';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const searchJs = path.resolve(here, '../../templates/static/search.js');
const site = process.argv[2];
if (!site || !fs.existsSync(path.join(site, 'search/terms.txt'))) {
  console.error('usage: node bench/search/bench.mjs SITE_DIR [--browser]   (SITE_DIR/search/terms.txt must exist)');
  process.exit(2);
}
const browser = process.argv.includes('--browser');

// Sessions: what an athlete types, one keystroke at a time; each session starts with a fresh page.
const sessions = [
  ['ankle'],
  ['hamstring stiffness'],
  ['balanse'],           // typo: c -> s
  ['stablity'],          // typo: missing letter
  ['qalf raise'],        // typo in the first letter
  ['hmastring'],         // swapped letters near the start
  ['sprnit drill'],      // swap at the end of the first word
  ['nordic'],
  ['tendon load'],
  ['dorsiflexion'],
];
const keystrokes = (text) => Array.from({ length: text.length }, (_, i) => text.slice(0, i + 1));

const gz = new Map();
function gzSize(file) {
  if (!gz.has(file)) gz.set(file, zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length);
  return gz.get(file);
}
const fileOf = (url) => path.join(site, decodeURIComponent(url.split('?')[0]));
const kb = (n) => (n / 1024).toFixed(1);
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };

function indexSizes() {
  const files = fs.readdirSync(path.join(site, 'search'));
  const sum = (pred) => files.filter(pred).reduce((a, f) => {
    const p = path.join(site, 'search', f); a.n++; a.raw += fs.statSync(p).size; a.gz += gzSize(p); return a;
  }, { n: 0, raw: 0, gz: 0 });
  const terms = fs.readFileSync(path.join(site, 'search/terms.txt'), 'utf8');
  const meta = JSON.parse(terms.slice(0, terms.indexOf('\n')));
  const t = sum((f) => f === 'terms.txt'), p = sum((f) => f.endsWith('.bin')), d = sum((f) => f.endsWith('.json'));
  console.log(`index: ${meta.docs} documents, ${terms.split('\n').length - 2} terms`);
  for (const [name, s] of [['terms.txt', t], ['postings p*.bin', p], ['documents d*.json', d]])
    console.log(`  ${name.padEnd(18)} ${String(s.n).padStart(5)} files ${kb(s.raw).padStart(9)} KB raw ${kb(s.gz).padStart(8)} KB gz`);
  const js = fs.statSync(searchJs).size;
  console.log(`  search.js (every page, cached)  ${kb(js)} KB raw ${kb(zlib.gzipSync(fs.readFileSync(searchJs), { level: 9 }).length)} KB gz`);
}

async function nodeRun() {
  const api = require(searchJs);
  console.log('\nNode ' + process.version + ', no throttling (per keystroke; a session = a fresh page)');
  console.log('query'.padEnd(22) + 'results'.padStart(8) + 'ms'.padStart(8) + 'new KB gz'.padStart(11) + 'files'.padStart(7) + '  top result');
  const first = [], later = [], firstBytes = [], laterBytes = [], warm = [];
  for (const session of sessions) {
    const engine = api.createEngine({
      base: 'search/',
      get: async (url, type) => {
        const b = fs.readFileSync(fileOf(url));
        return type === 'bytes' ? b.buffer.slice(b.byteOffset, b.byteOffset + b.length) : b.toString('utf8');
      },
    });
    let seen = 0, pending = [], isFirst = true;
    for (const q of keystrokes(session[0])) {
      const t0 = performance.now();
      const r = await engine.search(q, 10);
      const ms = performance.now() - t0;
      pending.push(...engine.requested.slice(seen)); seen = engine.requested.length;
      if (r.words.length === 0) continue; // fewer than two letters: the page asks for more (terms.txt is loaded already)
      const bytes = pending.reduce((a, u) => a + gzSize(fileOf(u)), 0), files = pending.length;
      pending = [];
      (isFirst ? first : later).push(ms);
      (isFirst ? firstBytes : laterBytes).push(bytes);
      isFirst = false;
      if (q === session[0] || q.length <= 3)
        console.log(q.padEnd(22) + String(r.total).padStart(8) + ms.toFixed(1).padStart(8) + kb(bytes).padStart(11) + String(files).padStart(7) + '  ' + (r.results[0] ? r.results[0].kind + ': ' + r.results[0].title : '-'));
    }
    // The same keystrokes again, files loaded: the computing alone, median of 7 runs each.
    for (const q of keystrokes(session[0])) {
      const runs = [];
      for (let k = 0; k < 7; k++) { const t0 = performance.now(); await engine.search(q, 10); runs.push(performance.now() - t0); }
      warm.push(pct(runs, 0.5));
    }
  }
  console.log(`first query of a page: bytes ${kb(Math.min(...firstBytes))}-${kb(Math.max(...firstBytes))} KB gz (terms.txt + postings + documents)`);
  console.log(`later keystrokes: bytes median ${kb(pct(laterBytes, 0.5))} KB gz, max ${kb(Math.max(...laterBytes))} KB gz`);
  console.log(`times: first ${first.map((x) => x.toFixed(1)).join(' ')} ms; later median ${pct(later, 0.5).toFixed(2)} ms, p95 ${pct(later, 0.95).toFixed(2)} ms, max ${Math.max(...later).toFixed(2)} ms`);
  console.log(`computing per keystroke (files loaded, median of 7): median ${pct(warm, 0.5).toFixed(2)} ms, p95 ${pct(warm, 0.95).toFixed(2)} ms, max ${Math.max(...warm).toFixed(2)} ms`);
}

async function browserRun() {
  const pwPath = process.env.PLAYWRIGHT_CORE || 'playwright-core';
  let chromium;
  try { ({ chromium } = require(pwPath)); } catch {
    console.log('\nbrowser run skipped: playwright-core not found (npm i --prefix /tmp/pw playwright-core; PLAYWRIGHT_CORE=/tmp/pw/node_modules/playwright-core)');
    return;
  }
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.txt': 'text/plain', '.bin': 'application/octet-stream' };
  const server = http.createServer((req, res) => {
    const file = fileOf(new URL(req.url, 'http://x').pathname.slice(1));
    if (!file.startsWith(path.resolve(site)) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) { res.writeHead(404); res.end(); return; }
    const body = zlib.gzipSync(fs.readFileSync(file));
    res.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream', 'content-encoding': 'gzip', 'cache-control': 'no-cache' });
    res.end(body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${server.address().port}/`;
  const b = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page0 = fs.existsSync(path.join(site, 'exercises/index.html')) ? 'exercises/index.html' : 'index.html';
  console.log(`\nheadless ${b.version()}, CPU slowed 4x, served gzipped from localhost; timed from the input event to the rendered list`);
  const first = [], later = [], firstCpu = [], laterCpu = [], transfer = [], warm = [];
  for (const session of sessions) {
    const context = await b.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    let bytes = 0;
    page.on('response', async (r) => { if (r.url().includes('/search/')) { const s = (await r.request().sizes().catch(() => null)); bytes += s ? s.responseBodySize : 0; } });
    await page.goto(base + page0);
    await page.evaluate(() => {
      window.__done = [];
      document.querySelector('form[data-search-root]').addEventListener('search:done', (e) => window.__done.push(e.detail));
    });
    const input = page.locator('#site-search-input');
    await input.focus();
    let n = 0;
    for (const q of keystrokes(session[0])) {
      await page.keyboard.type(q.slice(-1));
      if (q.replace(/[^\p{L}\p{N}]/gu, '').length < 2 || /\s$/.test(q)) continue;
      n++;
      await page.waitForFunction((k) => window.__done.length >= k && window.__done[window.__done.length - 1].query === document.querySelector('#site-search-input').value, n, { timeout: 30000 }).catch(() => {});
    }
    const done = await page.evaluate(() => window.__done);
    // The same keystrokes again on this page, files now loaded: the page's own work per keystroke.
    for (const q of keystrokes(session[0])) {
      if (q.replace(/[^\p{L}\p{N}]/gu, '').length < 2 || /\s$/.test(q)) continue;
      const ms = await page.evaluate((value) => new Promise((resolve) => {
        const form = document.querySelector('form[data-search-root]'), input = document.querySelector('#site-search-input');
        form.addEventListener('search:done', (e) => resolve(e.detail.ms), { once: true });
        input.value = value;
        input.dispatchEvent(new Event('input'));
      }), q);
      warm.push(ms);
    }
    done.forEach((d, i) => { (i === 0 ? first : later).push(d.ms); (i === 0 ? firstCpu : laterCpu).push(d.cpuMs); });
    const last = done[done.length - 1];
    const title = await page.locator('.site-search-results a .site-search-title').first().textContent().catch(() => '-');
    transfer.push(bytes);
    console.log(`${session[0].padEnd(22)} ${String(last ? last.total : 0).padStart(6)} results, first ${done[0] ? done[0].ms.toFixed(0) : '-'} ms (cpu ${done[0] ? done[0].cpuMs.toFixed(0) : '-'}), later max ${Math.max(0, ...done.slice(1).map((d) => d.ms)).toFixed(1)} ms (cpu max ${Math.max(0, ...done.slice(1).map((d) => d.cpuMs)).toFixed(1)}), ${kb(bytes)} KB transferred; top: ${title}`);
    await context.close();
  }
  await b.close();
  server.close();
  console.log(`first query (fresh page): keystroke to list median ${pct(first, 0.5).toFixed(0)} ms, max ${Math.max(...first).toFixed(0)} ms; of which computing: median ${pct(firstCpu, 0.5).toFixed(1)} ms, max ${Math.max(...firstCpu).toFixed(1)} ms`);
  console.log(`later keystrokes: keystroke to list median ${pct(later, 0.5).toFixed(1)} ms, p95 ${pct(later, 0.95).toFixed(1)} ms, max ${Math.max(...later).toFixed(1)} ms; computing: median ${pct(laterCpu, 0.5).toFixed(1)} ms, p95 ${pct(laterCpu, 0.95).toFixed(1)} ms, max ${Math.max(...laterCpu).toFixed(1)} ms`);
  console.log(`keystrokes again with the files loaded (input event to rendered list): median ${pct(warm, 0.5).toFixed(1)} ms, p95 ${pct(warm, 0.95).toFixed(1)} ms, max ${Math.max(...warm).toFixed(1)} ms`);
  console.log(`load average during the run: ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')} on ${require('node:os').cpus().length} cores (fetch latency grows with it)`);
}

indexSizes();
await nodeRun();
if (browser) await browserRun();
