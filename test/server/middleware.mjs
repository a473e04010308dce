// Test-server routes for network faults and request counting (Koa middleware for @web/test-runner).
// Everything is served from this machine; nothing here reaches the network.
import { existsSync, readFileSync } from 'node:fs';

const fixture = (name) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const hits = new Map();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * A worker script is fetched by URL, not imported, so the esbuild plugin's `.js` to `.ts` mapping
 * does not apply: `new URL('./ap-map-worker.js', import.meta.url)` under src/ gets the `.ts` file.
 */
export function workerScripts(ctx, next) {
  const m = /^(\/src\/.*)\.js$/.exec(ctx.path);
  if (m && !existsSync(new URL(`../..${ctx.path}`, import.meta.url)) && existsSync(new URL(`../..${m[1]}.ts`, import.meta.url))) {
    ctx.url = `${m[1]}.ts${ctx.search ?? ''}`;
  }
  return next();
}

export async function faultRoutes(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  const m = /^\/api\/([a-z-]+)(?:\/([\w.-]+))?/.exec(url.pathname);
  if (!m) return next();
  const [, route, arg] = m;
  const json = (body, status = 200) => {
    ctx.status = status;
    ctx.type = 'application/json';
    ctx.body = body;
  };
  switch (route) {
    case 'count': // /api/count/<key>: Kota Metro, counting requests per key
      hits.set(arg, (hits.get(arg) ?? 0) + 1);
      await sleep(Number(url.searchParams.get('delay') ?? 50));
      return json(fixture('kota-metro.json'));
    case 'hits': // /api/hits/<key>: how many requests /api/count/<key> saw
      return json(JSON.stringify({ count: hits.get(arg) ?? 0 }));
    case 'slow': { // /api/slow/<ms>?name=X: Kota Metro renamed X, after <ms>
      await sleep(Number(arg));
      const doc = JSON.parse(fixture('kota-metro.json'));
      doc.instansi.name = url.searchParams.get('name') ?? doc.instansi.name;
      return json(JSON.stringify(doc));
    }
    case 'late': { // /api/late/<ms>?file=geo/kota-metro-ap.geojson: that fixture (or nasional/… of data/), after <ms>
      await sleep(Number(arg));
      const file = url.searchParams.get('file') ?? '';
      if (!/^[\w/-]+\.(geojson|json|csv)$/.test(file)) return json('{}', 400);
      const body = file.startsWith('nasional/') ? readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8') : fixture(file);
      ctx.status = 200;
      ctx.type = file.endsWith('.csv') ? 'text/csv' : 'application/json';
      ctx.body = body;
      return;
    }
    case 'status': // /api/status/<code>
      ctx.status = Number(arg);
      ctx.type = 'text/plain';
      ctx.body = `status ${arg}`;
      return;
    case 'html': // a CMS error page served with status 200
      ctx.status = 200;
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Error</title><p>Maaf, terjadi kesalahan.</p>';
      return;
    case 'stall': // answers after 20 s: longer than any test's timeout attribute
      await sleep(20000);
      return json(fixture('kota-metro.json'));
    case 'cut': { // half of the fixture, then the connection closed mid-body
      const body = fixture('kota-metro.json');
      ctx.respond = false;
      ctx.res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(body.length) });
      ctx.res.write(body.slice(0, body.length >> 1));
      setTimeout(() => ctx.res.destroy(), 20);
      return;
    }
    case 'huge': {
      // /api/huge/<MB>: a body that large (its Content-Length says so first; with ?chunked, not at
      // all); junk, never read whole. With ?key=K, /api/sent/K then says how many bytes went out
      // before the client stopped it (or -1 while it still runs).
      const size = Number(arg) * 1024 * 1024;
      const key = url.searchParams.get('key');
      ctx.respond = false;
      ctx.res.writeHead(200, { 'Content-Type': 'application/json', ...(url.searchParams.has('chunked') ? {} : { 'Content-Length': String(size) }) });
      const chunk = Buffer.alloc(1024 * 1024, 0x5b); // "[[[[…"
      let sent = 0;
      let stopped = false;
      if (key) hits.set(`sent:${key}`, -1);
      const pump = () => {
        while (!stopped && sent < size) {
          sent += chunk.length;
          if (!ctx.res.write(chunk)) return ctx.res.once('drain', pump);
        }
        ctx.res.end();
      };
      ctx.res.on('close', () => {
        stopped = true;
        if (key) hits.set(`sent:${key}`, sent);
      });
      pump();
      return;
    }
    case 'sent': // /api/sent/<key>: the bytes /api/huge sent for that key before its connection closed
      return json(JSON.stringify({ bytes: hits.get(`sent:${arg}`) ?? null }));
    case 'many': { // /api/many/<n>: a document with n evaluations (years repeat past 2100)
      const n = Number(arg);
      const evaluations = Array.from({ length: n }, (_, i) => ({ year: 1900 + (i % 300), index: 1 + (i % 40) / 10 }));
      return json(JSON.stringify({ instansi: { name: 'Banyak' }, evaluations }));
    }
    case 'redirect': // 302 to the fixture
      ctx.redirect('/test/fixtures/kota-metro.json');
      return;
    default:
      return next();
  }
}

/**
 * A test-runner plugin with the command `fail-requests`: `{ match: 'core/describe.' }` makes this
 * test page's requests whose URL contains `match` fail as a network error would (a cut
 * connection, a file gone after a deploy); `{ match: null }` lets them through again. Only the
 * calling page is touched, through its puppeteer page, so test files running beside it are not.
 * The runner reuses a page for the next test file: each page has one listener, which reads the
 * page's current match, so no listener of an earlier file is left to answer first.
 */
export function failRequestsPlugin() {
  const matches = new WeakMap();
  return {
    name: 'fail-requests',
    async executeCommand({ command, payload, session }) {
      if (command !== 'fail-requests') return undefined;
      const page = session.browser.getPage(session.id);
      if (!matches.has(page)) {
        page.on('request', (request) => {
          const match = matches.get(page);
          if (!match || request.isInterceptResolutionHandled()) return;
          if (request.url().includes(match)) request.abort('failed');
          else request.continue();
        });
      }
      matches.set(page, payload?.match ?? null);
      await page.setRequestInterception(!!payload?.match);
      // The runner caches files for a year, and an earlier page may have left the module in the
      // browser's memory: without this the module would load from there, past the interception.
      if (payload?.match) {
        const cdp = await page.createCDPSession();
        await cdp.send('Network.clearBrowserCache');
        await cdp.detach();
      }
      return true;
    },
  };
}
