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
const form = document.getElementById('embed-form');
function embedCode() {
  const f = new FormData(form);
  const widget = f.get('widget');
  const flags = ['plain', 'transparent', 'static'].filter((k) => f.get(k));
  const attrs = [`src="${f.get('src')}"`, f.get('lang') !== 'id' && `lang="${f.get('lang')}"`, f.get('theme') !== 'auto' && `theme="${f.get('theme')}"`, ...flags].filter(Boolean);
  document.querySelector('#snippet code').textContent =
    `<script type="module" src="${CDN}/dist/cdn/spbe-widgets.auto.js"></script>\n<spbe-${widget} ${attrs.join(' ')}></spbe-${widget}>`;
  const query = new URLSearchParams({ widget, src: f.get('src'), lang: f.get('lang'), theme: f.get('theme') });
  for (const k of flags) query.set(k, '');
  document.querySelector('#iframe-snippet code').textContent =
    `<iframe src="${CDN}/embed/embed.html?${query}" title="SPBE" width="100%" height="420" frameborder="0"></iframe>\n<script src="${CDN}/embed/resize.js" defer></script>`;
  // The preview runs the same embed page with this demo's own data.
  const preview = new URLSearchParams(query);
  preview.set('src', '../test/fixtures/kota-metro.json');
  document.getElementById('embed-preview').src = `../embed/embed.html?${preview}`;
}
form.addEventListener('change', embedCode);
form.addEventListener('input', embedCode);
embedCode();

// The gauge follows the year chosen on the trend chart.
document.getElementById('trend').addEventListener('spbe-select', (e) => {
  document.getElementById('follower').year = e.detail.year;
});
