import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { browserLaunchOptions } from './scripts/browser.mjs';
import { failRequestsPlugin, faultRoutes, workerScripts } from './test/server/middleware.mjs';

const { executablePath, args, headless } = await browserLaunchOptions();

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  middleware: [workerScripts, faultRoutes],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), failRequestsPlugin()],
  browsers: [chromeLauncher({ launchOptions: { executablePath, args, headless } })],
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 240000,
  browserStartTimeout: 60000,
};
