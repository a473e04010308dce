// Telling CSV apart, without the parser: what the widgets need before they know they need d3-dsv.

/** The delimiter of a CSV's header line: the most frequent of `;`, `,` and tab outside quotes. */
export function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/)).replace(/"[^"]*"/g, '');
  return [';', '\t', ','].reduce((best, d) => (header.split(d).length > header.split(best).length ? d : best), ',');
}

/** Whether a response is CSV: its content type says so, or its URL ends in `.csv` and it is not JSON. */
export function isCsv(url: string | undefined, type: string, text: string): boolean {
  if (/csv|tab-separated/i.test(type)) return true;
  return !!url && /\.(csv|tsv)$/i.test(new URL(url, document.baseURI).pathname) && !/^\s*[[{]/.test(text);
}

/**
 * A module loaded on demand that imports d3-dsv (a CSV reader, the map's parser), and d3-dsv asked
 * for beside it: as the module's static import the browser would find it only once the module had
 * arrived, one round trip later. Resolves with both.
 */
export function withDsv<T>(load: () => Promise<T>) {
  return Promise.all([load(), import('d3-dsv')]);
}

/**
 * Starts fetching a CSV reader (`load`) with d3-dsv when `url` names a CSV file, while the file is
 * on its way. Failures are reported by the read that needs it.
 */
export function csvAhead(url: string, load: () => Promise<unknown>): void {
  if (isCsv(url, '', '')) withDsv(load).catch(() => undefined);
}
