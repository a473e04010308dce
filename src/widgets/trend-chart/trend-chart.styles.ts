import { css } from 'lit';

export const trendStyles = css`
  [part~='plot'] {
    position: relative;
    margin-top: 0.5rem;
    border-radius: 4px;
    touch-action: pan-y;
    color: var(--_muted);
  }
  svg {
    display: block;
    overflow: visible;
    font-size: 12px;
    font-variant-numeric: tabular-nums;
  }
  text {
    fill: var(--_fg);
  }
  .muted,
  [part~='axis'] text {
    fill: var(--_muted);
  }
  [part~='band'] rect {
    fill: currentColor;
    opacity: 0.12;
  }
  .band-label {
    fill: currentColor;
    font-size: 11px;
    font-weight: 600;
  }
  .grid {
    stroke: var(--_surface);
  }
  [part~='series'] {
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linejoin: round;
  }
  [part~='series'].primary {
    stroke-width: 3;
  }
  [part~='point'] {
    fill: currentColor;
    stroke: var(--_bg);
    stroke-width: 1.5;
  }
  [part~='point'].selected {
    stroke: var(--_fg);
    stroke-width: 2.5;
  }
  .value {
    text-anchor: middle;
    font-size: 11px;
  }
  /* A halo in the background colour keeps labels readable where they cross lines or each other. */
  .value,
  .band-label,
  .change text {
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .value.beside {
    text-anchor: start;
    fill: currentColor;
  }
  .value.last {
    font-size: 15px;
    font-weight: 700;
  }
  [part~='target'] {
    fill: none;
    stroke: var(--_target);
    stroke-width: 2;
    stroke-dasharray: 5 3;
  }
  .change line {
    stroke: var(--_muted);
    stroke-dasharray: 2 3;
  }
  .change text {
    text-anchor: middle;
    font-size: 11px;
    font-weight: 600;
  }
  .cursor {
    stroke: var(--_muted);
  }
  .swatch {
    display: inline-block;
    width: 1.25em;
    height: 0.25em;
    margin-right: 0.35em;
    vertical-align: 0.2em;
    background: currentColor;
  }
  @media print {
    [part~='tooltip'] {
      display: none;
    }
  }
`;
