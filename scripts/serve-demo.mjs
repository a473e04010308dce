// `npm start`: serves the demo gallery (demo/index.html, the built CDN bundle and the fixtures) on
// localhost (`/` leads to it). Nothing is fetched from the network. PORT=0 takes a free port.
import { serve } from './static-server.mjs';

const { base } = await serve('.', Number(process.env.PORT ?? 8000), '/demo/index.html');
console.log(`spbe-widgets demo: ${base}/demo/index.html  (Ctrl+C to stop)`);
