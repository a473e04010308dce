// The embed page: embed.html?widget=index-gauge&src=/data/spbe.json&lang=id&theme=auto renders one
// widget (or the dashboard) full width and tells the parent page its height, for an iframe that a
// CMS allows where it strips scripts. The message, posted to the parent on every change of height:
//   { type: 'spbe-widgets:resize', id, height }    (id: the `id` parameter, else the widget name)
// resize.js, on the parent page, sets the iframe's height from it.
const WIDGETS = {
  'index-gauge': ['year', 'value', 'target', 'label'],
  'trend-chart': ['year', 'series', 'comparisons', 'decimal', 'label'],
  'domain-radar': ['level', 'years', 'comparisons', 'drilldown', 'bands', 'domain'],
  'ap-map': ['areas', 'mode', 'metric', 'label', 'tiles', 'attribution', 'worker', 'gestures', 'height'],
  ranking: ['year', 'province', 'kind', 'highlight', 'limit', 'label', 'show-all'],
  dashboard: ['widgets', 'year', 'ranking-src'],
};
const COMMON = ['src', 'lang', 'theme', 'timeout'];
const FLAGS = ['plain', 'transparent', 'static', 'export'];

const params = new URLSearchParams(location.search);
const name = params.get('widget') ?? 'index-gauge';
const id = params.get('id') ?? name;

function fail(message) {
  const p = document.createElement('p');
  p.className = 'embed-error';
  p.setAttribute('role', 'alert');
  p.textContent = message;
  document.body.append(p);
}

if (!(name in WIDGETS)) {
  fail(`Widget tidak dikenal: "${name}". Pilihan: ${Object.keys(WIDGETS).join(', ')}.`);
} else if (!params.get('src')) {
  fail('Parameter src (alamat data) wajib ada.');
} else {
  const el = document.createElement(`spbe-${name}`);
  for (const key of [...COMMON, ...WIDGETS[name]]) {
    const value = params.get(key);
    if (value !== null) el.setAttribute(key, value);
  }
  for (const flag of FLAGS) if (params.has(flag) && params.get(flag) !== 'false') el.setAttribute(flag, '');
  document.documentElement.lang = params.get('lang') === 'en' ? 'en' : 'id';
  document.body.append(el);
}

// The height, whenever it changes (data arriving, a table opened, the width of the iframe).
let last = -1;
const post = () => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === last || window.parent === window) return;
  last = height;
  window.parent.postMessage({ type: 'spbe-widgets:resize', id, height }, '*');
};
new ResizeObserver(post).observe(document.documentElement);
addEventListener('load', post);
