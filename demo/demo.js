// Demo page behaviour, in a file of its own so the page's CSP can forbid inline script.
const log = document.getElementById('event-log');
document.addEventListener('spbe-error', (e) => {
  const li = document.createElement('li');
  li.textContent = `spbe-error · ${e.error.kind}${e.error.path ? ` · ${e.error.path}` : ''} · ${e.error.url ?? ''}`;
  log.append(li);
});

document.getElementById('copy').addEventListener('click', async () => {
  const status = document.getElementById('copied');
  try {
    await navigator.clipboard.writeText(document.getElementById('snippet').textContent);
    status.textContent = 'Tersalin.';
  } catch {
    status.textContent = 'Tidak dapat menyalin otomatis: pilih teks lalu salin.';
  }
});

// The gauge follows the year chosen on the trend chart.
document.getElementById('trend').addEventListener('spbe-select', (e) => {
  document.getElementById('follower').year = e.detail.year;
});
