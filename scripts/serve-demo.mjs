// `npm start`: serves the demo gallery (demo/index.html, the built CDN bundle and the fixtures) on
// localhost. Nothing is fetched from the network.
import { serve } from './static-server.mjs';

const { base } = await serve('.', Number(process.env.PORT ?? 8000));
console.log(`spbe-widgets demo: ${base}/demo/index.html  (Ctrl+C to stop)`);
