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
 * Starts fetching a CSV reader (`load`, which loads on demand) and d3-dsv beside it when `url` names
 * a CSV file, while the file is on its way: as the reader's static import the browser would find
 * d3-dsv only once the reader had arrived. Failures are reported by the read that needs it.
 */
export function csvAhead(url: string, load: () => Promise<unknown>): void {
  if (isCsv(url, '', '')) Promise.all([load(), import('d3-dsv')]).catch(() => undefined);
}
