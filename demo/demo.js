// Demo page behaviour, in a file of its own so the page's CSP can forbid inline script.
const log = document.getElementById('event-log');
document.addEventListener('spbe-error', (e) => {
  const li = document.createElement('li');
  li.textContent = `spbe-error · ${e.error.kind}${e.error.path ? ` · ${e.error.path}` : ''} · ${e.error.url ?? ''}`;
  log.append(li);
});

for (const id of ['copy', 'copy-iframe']) {
  document.getElementById(id).addEventListener('click', async (e) => {
    const status = document.getElementById('copied');
    try {
      await navigator.clipboard.writeText(document.getElementById(e.currentTarget.dataset.target).textContent);
      status.textContent = 'Tersalin.';
    } catch {
      status.textContent = 'Tidak dapat menyalin otomatis: pilih teks lalu salin.';
    }
  });
}

// The embed code box: the script snippet and the iframe snippet for the chosen options.
const CDN = 'https://cdn.example.go.id/spbe-widgets';
// The national results the package ships: a ranking's source, and a dashboard's ranking-src.
const NATIONAL = `${CDN}/data/nasional/spbe-hasil-2023-2024.json`;
const DOCUMENT = 'https://pemkot.example.go.id/data/spbe.json';
const form = document.getElementById('embed-form');
let lastWidget = 'index-gauge';
function embedCode() {
  const f = new FormData(form);
  const widget = f.get('widget');
  const ranking = widget === 'ranking';
  // A ranking reads the national results, the others the city's own document: the address follows
  // the choice of widget unless it was typed.
  if (widget !== lastWidget && (lastWidget === 'ranking') !== ranking) {
    const src = form.elements.src;
    if (src.value === (ranking ? DOCUMENT : NATIONAL)) src.value = ranking ? NATIONAL : DOCUMENT;
  }
  lastWidget = widget;
  document.getElementById('ranking-fields').hidden = !ranking;
  document.getElementById('rank-field').hidden = widget !== 'dashboard';
  const flags = ['plain', 'transparent', 'static'].filter((k) => f.get(k));
  const own = ranking
    ? [['province', f.get('province').trim()], ['kind', f.get('kind')], ['highlight', f.get('highlight').trim()], ['limit', f.get('limit') === '20' ? '' : f.get('limit')]]
    : widget === 'dashboard' && f.get('rank')
      ? [['ranking-src', NATIONAL]]
      : [];
  const set = own.filter(([, v]) => v);
  const src = form.elements.src.value;
  const attrs = [`src="${src}"`, f.get('lang') !== 'id' && `lang="${f.get('lang')}"`, f.get('theme') !== 'auto' && `theme="${f.get('theme')}"`, ...set.map(([k, v]) => `${k}="${v}"`), ...flags].filter(Boolean);
  document.querySelector('#snippet code').textContent =
    `<script type="module" src="${CDN}/dist/cdn/spbe-widgets.auto.js"></script>\n<spbe-${widget} ${attrs.join(' ')}></spbe-${widget}>`;
  const query = new URLSearchParams({ widget, src, lang: f.get('lang'), theme: f.get('theme') });
  for (const [k, v] of set) query.set(k, v);
  for (const k of flags) query.set(k, '');
  document.querySelector('#iframe-snippet code').textContent =
    `<iframe src="${CDN}/embed/embed.html?${query}" title="SPBE" width="100%" height="420" frameborder="0"></iframe>\n<script src="${CDN}/embed/resize.js" defer></script>`;
  // The preview runs the same embed page with this demo's own data.
  const preview = new URLSearchParams(query);
  preview.set('src', ranking ? '../data/nasional/spbe-hasil-2023-2024.json' : '../test/fixtures/kota-metro.json');
  if (preview.has('ranking-src')) preview.set('ranking-src', '../data/nasional/spbe-hasil-2023-2024.json');
  document.getElementById('embed-preview').src = `../embed/embed.html?${preview}`;
}
form.addEventListener('change', embedCode);
form.addEventListener('input', embedCode);
embedCode();

// The gauge follows the year chosen on the trend chart.
document.getElementById('trend').addEventListener('spbe-select', (e) => {
  document.getElementById('follower').year = e.detail.year;
});
