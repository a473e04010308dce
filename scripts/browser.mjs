// The one place that picks a browser, for tests, screenshots and benchmarks.
// CHROME_PATH (a system Chromium or Chrome) wins; else the headless Chromium that the
// @sparticuz/chromium devDependency ships inside the npm package (no download step).
const COMMON = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-domain-reliability',
  '--no-pings',
  '--font-render-hinting=none',
  '--hide-scrollbars',
  '--mute-audio',
];

let cached;

/** { executablePath, args, headless, label } for puppeteer-core's launch(). */
export async function browserLaunchOptions() {
  if (cached) return cached;
  if (process.env.CHROME_PATH) {
    cached = { executablePath: process.env.CHROME_PATH, args: COMMON, headless: true, label: `CHROME_PATH=${process.env.CHROME_PATH}` };
  } else {
    const { default: chromium } = await import('@sparticuz/chromium');
    const executablePath = await chromium.executablePath();
    // Of the package's Lambda flags keep only what the shell build needs: not --single-process
    // (several pages run at once in tests) and never --disable-web-security (CORS and CSP are tested).
    const keep = chromium.args.filter((a) => /^--(use-gl|use-angle|enable-unsafe-swiftshader|in-process-gpu|no-zygote|ignore-gpu-blocklist)/.test(a));
    cached = { executablePath, args: [...keep, ...COMMON], headless: 'shell', label: `@sparticuz/chromium (${executablePath})` };
  }
  console.log(`browser: ${cached.label}`);
  return cached;
}
