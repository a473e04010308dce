import { css } from 'lit';

/**
 * Shared design tokens, set on each widget's base element (`part="base"`). Public `--spbe-*`
 * properties are read into private `--_*` ones and never declared by the widget, so a page can set
 * them on any ancestor (Material Web's pattern). The widget adds the class `dark` to its base for
 * `theme="dark"`, or for `theme="auto"` (the default) when the reader prefers a dark scheme.
 */
export const tokens = css`
  .theme {
    --_fg: var(--spbe-color-text, #1f2328);
    --_muted: var(--spbe-color-text-muted, #57606a);
    --_bg: var(--spbe-color-background, #fff);
    --_surface: var(--spbe-color-surface, #e6eaef);
    --_accent: var(--spbe-color-accent, #1d5fa8);
    --_target: var(--spbe-color-target, #1f2328);
    --_error: var(--spbe-color-error, #b42318);
    color-scheme: light;
    color: var(--_fg);
    background: var(--_bg);
    font-family: var(--spbe-font-family, system-ui, sans-serif);
  }
  .theme.dark {
    --_fg: var(--spbe-color-text, #e6edf3);
    --_muted: var(--spbe-color-text-muted, #9da7b3);
    --_bg: var(--spbe-color-background, #161b22);
    --_surface: var(--spbe-color-surface, #2d333b);
    --_accent: var(--spbe-color-accent, #6cb6ff);
    --_target: var(--spbe-color-target, #e6edf3);
    --_error: var(--spbe-color-error, #ff8f85);
    color-scheme: dark;
  }
  /* Paper is white, whatever the screen's theme. */
  @media print {
    .theme,
    .theme.dark {
      --_fg: #000;
      --_muted: #333;
      --_bg: #fff;
      --_surface: #ddd;
      --_target: #000;
    }
  }
  /* Windows' contrast themes (forced colours) repaint the page's HTML in the reader's colours but
     not the drawings: these take them too (every text, the lines and marks drawn in the text's
     colour, the chosen row or point in the highlight colour, the track and grid a faint mix), so
     no number is dark on a black screen. The data's own colours stay, in the drawing and in the
     legend's swatches that name them. */
  @media (forced-colors: active) {
    .theme,
    .theme.dark {
      --_fg: CanvasText;
      --_muted: CanvasText;
      --_bg: Canvas;
      --_surface: color-mix(in srgb, CanvasText 30%, Canvas);
      --_target: CanvasText;
      --_accent: Highlight;
    }
    text {
      fill: CanvasText !important;
    }
    .swatch {
      forced-color-adjust: none;
    }
  }
`;

/** Pieces every widget uses: the box, the hidden table, the error and loading states. */
export const base = css`
  /* !important inside a shadow root beats the page's own rules: a page's "* { all: revert }" or
     "div, span { display: inline }" cannot make a widget inline. */
  :host {
    display: block !important;
    line-height: 1.4;
    font-size: var(--spbe-font-size, 1rem);
  }
  :host([hidden]) {
    display: none !important;
  }
  * {
    box-sizing: border-box;
  }
  .theme {
    margin: 0;
    padding: var(--spbe-padding, 1rem);
    border-radius: var(--spbe-radius, 8px);
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    /* clip, not hidden: a hidden box is a scroll container, which axe asks to be focusable */
    overflow: clip;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  button {
    font: inherit;
    color: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  table {
    border-collapse: collapse;
    font-size: 0.875em;
  }
  th,
  td {
    padding: 0.25rem 0.5rem;
    text-align: left;
    border-bottom: 1px solid var(--_surface);
  }
  .num {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  /* The chrome around every drawing: the label and title, the footer, the data table. */
  [part~='label'] {
    display: block;
    font-size: 0.8125em;
    color: var(--_muted);
    text-transform: uppercase;
  }
  [part~='title'] {
    display: block;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  footer {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25rem 0.75rem;
    margin-top: 0.5rem;
  }
  [part~='source'] {
    margin: 0;
    flex: 1 1 12rem;
    min-height: 1.3em;
    font-size: 0.75em;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  /* The small outlined buttons every widget has (each sets its own padding and size). */
  [part~='table-toggle'],
  [part~='export'] button,
  [part~='back'],
  [part~='more'] {
    border: 1px solid var(--_surface);
    border-radius: 4px;
    background: none;
    font-size: 0.75em;
    cursor: pointer;
  }
  [part~='table-toggle'] {
    padding: 0.125rem 0.5rem;
  }
  /* The legend under a chart: a wrapping row of entries (a widget may change the gap and size). */
  [part~='legend'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.8125em;
  }
  [part~='table']:not(.sr-only) {
    margin-top: 0.5rem;
    overflow-x: auto;
  }
  [part~='table'] table {
    width: 100%;
  }
  @media print {
    [part~='table-toggle'],
    [part~='export'] {
      display: none;
    }
  }
  /* Render flags, the same on every widget: plain (no label, title or footer), transparent (no
     background), static (no pointer interaction and no controls: for print and screenshots). */
  :host([plain]) :is([part~='label'], [part~='title'], footer),
  :host([static]) :is([part~='controls'], [part~='table-toggle'], [part~='back'], [part~='export']) {
    display: none;
  }
  :host(:not([export])) [part~='export'] {
    display: none;
  }
  [part~='export'] button {
    padding: 0.125rem 0.375rem;
  }
  /* A failed download, said under the buttons; empty, it takes no room (and stays a live region). */
  [part~='export-status'] {
    flex-basis: 100%;
    margin: 0;
    font-size: 0.75em;
    color: var(--_error);
  }
  [part~='export-status']:empty {
    position: absolute;
  }
  :host([transparent]) .theme {
    background: transparent;
  }
  :host([static]) :is([part~='plot'], [part~='legend'], [part~='summary']) {
    pointer-events: none;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;
