/**
 * Widths of text as a widget draws it: in the page's font (`--spbe-font-family`) and with the letter
 * and word spacing the host inherits (a reader's own, WCAG 1.4.12's text spacing), measured on one
 * canvas for the page. Estimates of 0.6 em a character are off by a fifth between fonts, and by a
 * third with a reader's spacing: names cut or placed by them ran under bars and markers.
 */
let ctx: CanvasRenderingContext2D | undefined;
/** By weight, font, spacing and text. */
const widths = new Map<string, number>();
// A web font that arrives after the first drawing (a page's `font-display: swap`) was measured as
// its fallback: its widths are measured again at the next drawing.
globalThis.document?.fonts?.addEventListener('loadingdone', () => widths.clear());

/** `measure(text, weight)` in px, for `size` px text in `host`'s font and spacing (read now). */
export function textMeasure(host: Element, size: number): (s: string, weight?: number) => number {
  const style = getComputedStyle(host);
  const font = `${size}px ${style.getPropertyValue('--spbe-font-family') || 'system-ui, sans-serif'}`;
  const spacing = [style.letterSpacing, style.wordSpacing].map((v) => (v === 'normal' ? '0px' : v));
  return (s, weight = 400) => {
    const key = `${weight}${font}${spacing}${s}`;
    let w = widths.get(key);
    if (w === undefined) {
      const m = (ctx ??= document.createElement('canvas').getContext('2d')!);
      [m.font, m.letterSpacing, m.wordSpacing] = [`${weight} ${font}`, ...spacing];
      widths.set(key, (w = m.measureText(s).width));
    }
    return w;
  };
}
