// Behaviour of the real templates/static/search.js against an index the generator built.
// Run by tests/Search/SearchScriptTests.cs (skipped there when node is not on PATH):
//   node tests/Search/js/search.test.cjs SITE_DIR [CASES_JSON]
// SITE_DIR: a built copy of tests/fixtures/base. CASES_JSON: [{ "text": ..., "terms": [...] }], the
// C# tokenizer's output, which the script's tokenizer must reproduce.
// Prints one line per check; exits 1 if any failed.
'use strict';
const fs = require('fs');
const path = require('path');
const api = require(path.resolve(__dirname, '../../../templates/static/search.js'));

const site = process.argv[2];
const cases = process.argv[3] ? JSON.parse(fs.readFileSync(process.argv[3], 'utf8')) : [];
let failed = 0;
function check(name, ok, detail) {
  console.log((ok ? 'ok   ' : 'FAIL ') + name + (ok || !detail ? '' : '\n     ' + detail));
  if (!ok) failed++;
}

function engine() {
  return api.createEngine({
    base: 'search/',
    get: async (url, type) => {
      const bytes = fs.readFileSync(path.join(site, url.split('?')[0]));
      return type === 'bytes' ? bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) : bytes.toString('utf8');
    },
  });
}

async function main() {
  const search = engine();
  const dict = await search.load();
  const paths = async (query, limit = 10) => (await search.search(query, limit)).results.map((r) => r.path);

  // What an athlete types; expected page among the results (first, where it says so).
  const expectations = [
    ['whole title', 'calf raise', 'exercises/calf-raise.html', true],
    ['title word', 'hamstring', 'regions/hamstring.html', true],
    ['prefix while typing', 'hamstr', 'regions/hamstring.html', true],
    ['prefix of two letters', 'ha', 'regions/hamstring.html', false],
    ['prefix of the last word', 'calf ra', 'exercises/calf-raise.html', true],
    ['summary word', 'forefoot', 'exercises/calf-raise.html', false],
    ['tag', 'ankles', 'explanations/why-ankles.html', false],
    ['body text (a stop sign)', 'achilles', 'exercises/calf-raise.html', true],
    ['case and accents are ignored', 'ACHÍLLES', 'exercises/calf-raise.html', true],
    ['one typo in the first letter', 'valf raise', 'exercises/calf-raise.html', true],
    ['one typo in the first letter, one word', 'qalf', 'exercises/calf-raise.html', false],
    ['first letter missing', 'amstring', 'regions/hamstring.html', true],
    ['swapped letters', 'hmastring', 'regions/hamstring.html', true],
    ['one letter missing', 'dorsiflexon', 'regions/ankle.html', false],
    ['two typos in a long word', 'dorsflexon', 'regions/ankle.html', false],
    ['two typos, one of them the first letter', 'xamstrinf', 'regions/hamstring.html', true],
    ['a claim is found on its source page', 'dorsiflexion', 'sources/test-source.html#dorsiflexion', false],
    ['a source by its author', 'author', 'sources/test-source.html', true],
    ['an explanation heading', 'spring', 'explanations/why-ankles.html', false],
    ['a progression stage focus', 'capacity', 'progressions/back-to-running.html', true],
  ];
  for (const [name, query, expected, first] of expectations) {
    const found = await paths(query);
    const ok = first ? found[0] === expected : found.includes(expected);
    check(`${name}: "${query}" finds ${expected}${first ? ' first' : ''}`, ok, 'got ' + JSON.stringify(found));
  }

  const none = await search.search('zzzzqqq', 10);
  check('nonsense finds nothing', none.total === 0 && none.results.length === 0, JSON.stringify(none));
  const short = await search.search('a', 10);
  check('a single letter is not searched', short.words.length === 0 && short.results.length === 0, JSON.stringify(short));

  const both = await search.search('calf achilles', 10);
  check('several words: documents with all of them come first and are counted',
    both.total === 1 && both.results[0].path === 'exercises/calf-raise.html', JSON.stringify(both));

  const one = (await search.search('calf raise', 10)).results[0];
  check('a result carries kind, title and snippet',
    one.kind === 'exercise' && one.title === 'Calf raise' && one.snippet === 'Rise onto the forefoot and lower slowly.', JSON.stringify(one));

  const limited = await search.search('ankle', 2);
  check('the limit caps the results, not the count', limited.results.length === 2 && limited.total > 2, JSON.stringify(limited));

  const kinds = new Set();
  for (const q of ['back running', 'calf raise', 'why ankles', 'hamstring', 'test source', 'degrees dorsiflexion'])
    (await search.search(q, 20)).results.forEach((r) => kinds.add(r.kind));
  check('every kind can be found', ['progression', 'exercise', 'explanation', 'region', 'source', 'claim'].every((k) => kinds.has(k)),
    JSON.stringify([...kinds]));

  const before = search.requested.length;
  await search.search('calf raise', 10);
  check('a repeated query loads nothing new', search.requested.length === before, JSON.stringify(search.requested.slice(before)));
  check('only the files a query needs are loaded',
    !search.requested.some((u) => /p\d+\.bin/.test(u) && !/\?v=[0-9a-f]+$/.test(u)) && search.requested.filter((u) => u.endsWith('terms.txt')).length === 1,
    JSON.stringify(search.requested));

  for (const c of cases) {
    const got = api.tokenize(c.text, dict.fold, dict.meta.minLength, dict.meta.maxLength);
    check('tokens agree with the generator: ' + JSON.stringify(c.text), JSON.stringify(got) === JSON.stringify(c.terms),
      'script ' + JSON.stringify(got) + ', generator ' + JSON.stringify(c.terms));
  }

  console.log(failed === 0 ? 'all checks passed' : failed + ' checks failed');
  process.exit(failed === 0 ? 0 : 1);
}

main().catch((e) => { console.error(e); process.exit(1); });
