/** The delimiter of a CSV's header line: the most frequent of `;`, `,` and tab outside quotes. */
export function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/)).replace(/"[^"]*"/g, '');
  return [';', '\t', ','].reduce((best, d) => (header.split(d).length > header.split(best).length ? d : best), ',');
}
