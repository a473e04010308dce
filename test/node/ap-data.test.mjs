// The demo's synthetic access points: as many as Kota Metro reports, bandwidths adding up to its
// total, every point inside the kelurahan it names, labelled synthetic, and the same on every build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const read = (p) => readFileSync(new URL(`../fixtures/geo/${p}`, import.meta.url), 'utf8');
const ap = JSON.parse(read('kota-metro-ap.geojson'));
const kelurahan = JSON.parse(read('kota-metro-kelurahan.geojson'));

function inside([x, y], rings) {
  const hit = (ring) => {
    let c = false;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) c = !c;
    }
    return c;
  };
  return hit(rings[0]) && !rings.slice(1).some(hit);
}

test('314 points, 4 000 Mbps in all, labelled synthetic', () => {
  assert.equal(ap.features.length, 314);
  assert.equal(ap.features.reduce((s, f) => s + f.properties.bandwidth_mbps, 0), 4000);
  assert.equal(ap.synthetic, true);
  assert.ok(ap.features.every((f) => f.properties.name.includes('sintetis')));
});

test('every point lies inside the kelurahan it names, and every kelurahan has points', () => {
  const polys = new Map(kelurahan.features.map((f) => [f.properties.nama, f.geometry]));
  for (const f of ap.features) {
    const g = polys.get(f.properties.kelurahan);
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    assert.ok(polygons.some((p) => inside(f.geometry.coordinates, p)), `${f.properties.name} outside ${f.properties.kelurahan}`);
  }
  assert.equal(new Set(ap.features.map((f) => f.properties.kelurahan)).size, 22);
});

test('statuses online, offline and maintenance all occur', () => {
  const statuses = new Set(ap.features.map((f) => f.properties.status));
  assert.deepEqual([...statuses].sort(), ['maintenance', 'offline', 'online']);
});

test('the build is deterministic: running it again writes the same file', () => {
  const before = read('kota-metro-ap.geojson');
  execFileSync(process.execPath, ['scripts/build-ap-data.mjs']);
  assert.equal(read('kota-metro-ap.geojson'), before);
});
