// The one way the scripts and node tests serve files (the demo, the benchmarks, the built Storybook,
// a scratch project): @web/dev-server on 127.0.0.1, no watching, no config files read.
import { startDevServer } from '@web/dev-server';

/**
 * Serves `rootDir`; resolves with the server and its base URL (`http://127.0.0.1:<port>`). `index`,
 * a path, is where `/` sends the browser.
 */
export async function serve(rootDir = '.', port = 0, index = undefined) {
  const home = (ctx, next) => (index && ctx.path === '/' ? ctx.redirect(index) : next());
  const server = await startDevServer({
    config: { rootDir, port, hostname: '127.0.0.1', open: false, watch: false, middleware: [home] },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  return { server, base: `http://127.0.0.1:${server.server.address().port}` };
}
