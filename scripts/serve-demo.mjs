// `npm start`: serves the demo gallery (demo/index.html, the built CDN bundle and the fixtures) on
// localhost. Nothing is fetched from the network.
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT ?? 8000);
const server = await startDevServer({
  config: { rootDir: '.', port, hostname: '127.0.0.1', open: false, watch: false, appIndex: undefined },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const { port: actual } = server.server.address();
console.log(`spbe-widgets demo: http://127.0.0.1:${actual}/demo/index.html  (Ctrl+C to stop)`);
