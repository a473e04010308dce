import { css } from 'lit';

const dark = css`
    --_fg: var(--spbe-color-text, #e6edf3);
    --_muted: var(--spbe-color-text-muted, #9da7b3);
    --_bg: var(--spbe-color-background, #161b22);
    --_surface: var(--spbe-color-surface, #2d333b);
    --_accent: var(--spbe-color-accent, #6cb6ff);
    --_target: var(--spbe-color-target, #e6edf3);
    --_error: var(--spbe-color-error, #ff8f85);
    --_error-bg: var(--spbe-color-error-background, #3b1714);
    --_band-1: var(--spbe-color-band-1, #ff7b69);
    --_band-2: var(--spbe-color-band-2, #f5a742);
    --_band-3: var(--spbe-color-band-3, #6fcf5d);
    --_band-4: var(--spbe-color-band-4, #59b0f0);
    --_band-5: var(--spbe-color-band-5, #b39cff);
    color-scheme: dark;
`;

/**
 * Shared design tokens. Public `--spbe-*` properties are read once into private `--_*` ones on
 * `:host` and never declared there, so a page can set them on any ancestor (Material Web's pattern).
 * `theme="auto"` (the default) follows `prefers-color-scheme`; `light` and `dark` force one.
 */
export const tokens = css`
  :host {
    --_fg: var(--spbe-color-text, #1f2328);
    --_muted: var(--spbe-color-text-muted, #57606a);
    --_bg: var(--spbe-color-background, #ffffff);
    --_surface: var(--spbe-color-surface, #eef1f4);
    --_accent: var(--spbe-color-accent, #1d5fa8);
    --_target: var(--spbe-color-target, #1f2328);
    --_error: var(--spbe-color-error, #b42318);
    --_error-bg: var(--spbe-color-error-background, #fef3f2);
    --_band-1: var(--spbe-color-band-1, #c43c2c);
    --_band-2: var(--spbe-color-band-2, #d9800f);
    --_band-3: var(--spbe-color-band-3, #3f8f32);
    --_band-4: var(--spbe-color-band-4, #1d72b0);
    --_band-5: var(--spbe-color-band-5, #5a3ea6);
    --_font: var(--spbe-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    --_radius: var(--spbe-radius, 8px);
    color-scheme: light;
    color: var(--_fg);
    font-family: var(--_font);
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light']):not([theme='dark'])) {
      ${dark}
    }
  }
  @media print {
    :host {
      --_fg: #000;
      --_muted: #333;
      --_bg: #fff;
    }
  }
`;

/** Pieces every widget uses: the box, the hidden table, the error and loading states. */
export const base = css`
  :host {
    display: block;
    box-sizing: border-box;
    container-type: inline-size;
    line-height: 1.4;
    font-size: var(--spbe-font-size, 1rem);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [part~='base'] {
    margin: 0;
    padding: var(--spbe-padding, 1rem);
    background: var(--_bg);
    color: var(--_fg);
    border-radius: var(--_radius);
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  [part~='error'] {
    padding: 0.75rem 1rem;
    border-left: 4px solid var(--_error);
    background: var(--_error-bg);
    color: var(--_fg);
    border-radius: 4px;
  }
  [part~='error'] strong {
    color: var(--_error);
  }
  [part~='error'] ul {
    margin: 0.5rem 0 0;
    padding-left: 1.25rem;
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  [part~='error'] code {
    font-size: 0.85em;
  }
  .band-1 { fill: var(--_band-1); background: var(--_band-1); }
  .band-2 { fill: var(--_band-2); background: var(--_band-2); }
  .band-3 { fill: var(--_band-3); background: var(--_band-3); }
  .band-4 { fill: var(--_band-4); background: var(--_band-4); }
  .band-5 { fill: var(--_band-5); background: var(--_band-5); }
  .band-6 { fill: var(--spbe-color-band-6, #8a5a00); background: var(--spbe-color-band-6, #8a5a00); }
  .band-7 { fill: var(--spbe-color-band-7, #006d6f); background: var(--spbe-color-band-7, #006d6f); }
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
  td.num {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
`;
