import { expect, waitUntil } from '@open-wc/testing';
import { describeError } from '../../src/core/describe.js';
import { SpbeError } from '../../src/core/errors.js';
import { clearLoadCache, loadJson, timeoutOf } from '../../src/core/load.js';

const hits = async (key: string) => ((await (await fetch(`/api/hits/${key}`)).json()) as { count: number }).count;

async function rejects(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}

describe('loadJson', () => {
  beforeEach(() => clearLoadCache());

  it('callers of one URL share one request', async () => {
    const key = `share-${Math.random().toString(36).slice(2)}`;
    const [a, b] = await Promise.all([loadJson(`/api/count/${key}`), loadJson(`/api/count/${key}`)]);
    expect(a).to.deep.equal(b);
    expect(a, 'each caller gets its own copy').to.not.equal(b);
    await loadJson(`/api/count/${key}`);
    expect(await hits(key)).to.equal(1);
  });

  it('relative URLs resolve against the page, so two spellings are one request', async () => {
    const key = `rel-${Math.random().toString(36).slice(2)}`;
    await Promise.all([loadJson(`/api/count/${key}`), loadJson(new URL(`/api/count/${key}`, location.href).href)]);
    expect(await hits(key)).to.equal(1);
  });

  it('an HTTP error becomes kind "http" with the status, and is not cached', async () => {
    const e = (await rejects(loadJson('/test/fixtures/missing.json'))) as SpbeError;
    expect(e).to.be.instanceOf(SpbeError);
    expect(e.kind).to.equal('http');
    expect(e.status).to.equal(404);
    expect(e.url).to.match(/\/test\/fixtures\/missing\.json$/);
    const e500 = (await rejects(loadJson('/api/status/500'))) as SpbeError;
    expect(e500.status).to.equal(500);
  });

  it('an HTML page served with status 200 is "not-json"', async () => {
    expect(((await rejects(loadJson('/api/html'))) as SpbeError).kind).to.equal('not-json');
    expect(((await rejects(loadJson('/test/fixtures/bad/html-page.json'))) as SpbeError).kind).to.equal('not-json');
  });

  it('a spreadsheet workbook linked as the data file is "not-json" and says what to do', async () => {
    const e = (await rejects(loadJson('/test/fixtures/bad/hasil.xlsx'))) as SpbeError;
    expect(e.kind).to.equal('not-json');
    expect(e.params.workbook).to.equal(1);
    expect(describeError(e, 'id').summary).to.equal(
      'Alamat data menunjuk ke buku kerja spreadsheet (xlsx), bukan berkas JSON: simpan sebagai CSV, atau ubah dengan npx spbe-widgets convert.',
    );
    expect(describeError(e, 'en').summary).to.match(/^The data address points to a spreadsheet workbook \(xlsx\)/);
    // An HTML page is still one.
    expect(describeError((await rejects(loadJson('/api/html'))) as SpbeError, 'en').summary).to.equal('The data address returned an HTML page, not a JSON file.');
  });

  it('an empty body and truncated JSON are "parse", the latter with line and column', async () => {
    const empty = (await rejects(loadJson('/test/fixtures/bad/empty.json'))) as SpbeError;
    expect(empty.kind).to.equal('parse');
    expect(empty.params.line).to.equal(undefined);
    const cut = (await rejects(loadJson('/test/fixtures/bad/truncated.json'))) as SpbeError;
    expect(cut.kind).to.equal('parse');
    expect(cut.params.line).to.be.a('number').above(10);
  });

  it('follows redirects', async () => {
    const doc = (await loadJson('/api/redirect')) as { instansi: { name: string } };
    expect(doc.instansi.name).to.equal('Pemerintah Kota Metro');
  });

  it('a stalled response becomes "timeout" after timeoutMs', async () => {
    const t0 = performance.now();
    const e = (await rejects(loadJson('/api/stall', { timeoutMs: 200 }))) as SpbeError;
    expect(e.kind).to.equal('timeout');
    expect(e.params.timeoutMs).to.equal(200);
    expect(performance.now() - t0).to.be.below(5000);
  });

  it('a refused connection is "network"', async () => {
    // Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
    const e = (await rejects(loadJson('http://127.0.0.1:9/data.json'))) as SpbeError;
    expect(e.kind).to.equal('network');
  });

  it('abort rejects that caller only; the shared request survives for the others', async () => {
    const key = `abort-${Math.random().toString(36).slice(2)}`;
    const ctl = new AbortController();
    const first = loadJson(`/api/count/${key}?delay=200`, { signal: ctl.signal });
    const second = loadJson(`/api/count/${key}?delay=200`);
    ctl.abort();
    const e = await rejects(first);
    expect((e as DOMException).name).to.equal('AbortError');
    expect(await second).to.have.property('instansi');
    expect(await hits(key)).to.equal(1);
  });

  it('when every caller aborts, the request is dropped and the next call fetches again', async () => {
    const key = `drop-${Math.random().toString(36).slice(2)}`;
    const ctl = new AbortController();
    const p = loadJson(`/api/count/${key}?delay=300`, { signal: ctl.signal });
    ctl.abort();
    await rejects(p);
    // Were the aborted request still cached, this would reject with its AbortError.
    expect(await loadJson(`/api/count/${key}?delay=10`)).to.have.property('instansi');
  });

  // A wrong src (a video, a database dump) must not download whole on a reader's phone: the body is
  // read as it comes and the connection closed at the limit (20 MB here).
  const sent = async (key: string) => ((await (await fetch(`/api/sent/${key}`)).json()) as { bytes: number }).bytes;
  // What was sent once the server saw the connection close (-1 if it never did within 2 s).
  const closed = async (key: string) => {
    await waitUntil(async () => (await sent(key)) !== -1, 'closed', { timeout: 2000 }).catch(() => {});
    return sent(key);
  };
  it('a body over the limit whose Content-Length says so is refused at once, and its connection closed', async () => {
    const key = `cl-${Math.random().toString(36).slice(2)}`;
    const e = (await rejects(loadJson(`/api/huge/100?key=${key}`))) as SpbeError;
    expect(e.kind).to.equal('too-large');
    // -1: the server was still sending when we stopped asking (what the old loader left open).
    const bytes = await closed(key);
    expect(bytes, 'closed').to.not.equal(-1);
    expect(bytes).to.be.below(20 * 1024 * 1024);
  });

  it('a body over the limit sent without a length is cut off at the limit, not read whole', async () => {
    const key = `chunked-${Math.random().toString(36).slice(2)}`;
    const e = (await rejects(loadJson(`/api/huge/100?chunked&key=${key}`))) as SpbeError;
    expect(e.kind).to.equal('too-large');
    expect(e.params).to.deep.include({ limit: '20 MB' });
    const bytes = await closed(key);
    expect(bytes, 'closed').to.not.equal(-1);
    // The limit and what the sockets had buffered by then; the old loader took all 100 MB first.
    expect(bytes).to.be.below(50 * 1024 * 1024);
  });

  it('a body read in pieces comes back whole: UTF-8 split across chunks, a BOM', async () => {
    const doc = await loadJson('/test/fixtures/bad/bom.json');
    expect(doc).to.have.property('instansi');
    const big = await loadJson('/data/nasional/spbe-hasil-2023-2024.json');
    expect(JSON.stringify(big)).to.equal(JSON.stringify(JSON.parse((await (await fetch('/data/nasional/spbe-hasil-2023-2024.json')).text()).replace(/^\uFEFF/, ''))));
  });
});

describe('timeoutOf: a widget\'s timeout as the loader takes it', () => {
  it('a positive, finite number stays; NaN, 0, negative and Infinity are the default (undefined)', () => {
    expect(timeoutOf(3000)).to.equal(3000);
    // NaN (timeout="15 detik") is never equal to itself: kept, every update looked like a new source.
    for (const v of [NaN, 0, -1, Infinity, undefined]) expect(timeoutOf(v), String(v)).to.equal(undefined);
  });
});
