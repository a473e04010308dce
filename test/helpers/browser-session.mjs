// One static server and one Chromium (the project's browser) for a node test file: started before
// its tests, once `built` is there (the build step `npm test` runs first), and closed after them.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { serve } from '../../scripts/static-server.mjs';
import { browserLaunchOptions } from '../../scripts/browser.mjs';

/** `{ browser, base }`, set before the file's first test: the browser and the server's address. */
export function browserSession(root = '.', built = 'dist/cdn/spbe-widgets.js', hint = 'run `npm run build` first') {
  const session = {};
  let server;
  before(async () => {
    assert.ok(existsSync(built), hint);
    ({ server, base: session.base } = await serve(root));
    session.browser = await puppeteer.launch(await browserLaunchOptions());
  });
  after(async () => {
    await session.browser?.close();
    await server?.stop();
  });
  return session;
}
