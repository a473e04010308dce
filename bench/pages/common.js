// Shared by every benchmark page: the data (the same for every library), a long-task log, and the
// "done" marker each page sets when its chart has rendered completely and been painted.
export { DATA } from '../data/compare-data.js';

/** The access points, `[lon, lat, offline, mbps, …]`, loaded only by the scatter pages. */
export const points = (n) => import(`/bench/data/points-${n}.js`).then((m) => m.POINTS);

export const longTasks = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask', buffered: true });

/** The box every chart draws in: the same size on screen for every library. */
export function box() {
  const div = document.createElement('div');
  div.className = 'chart';
  document.body.append(div);
  return div;
}

const painted = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

/** Marks the first render done (after a paint) and installs the re-render hook. */
export async function done(rerender) {
  await painted();
  window.__longTasks = longTasks;
  window.__rerender = async () => {
    const t = performance.now();
    await rerender();
    await painted();
    return performance.now() - t;
  };
  window.__done = performance.now();
}
