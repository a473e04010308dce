import { css } from 'lit';

export const radarStyles = css`
  [part~='base'] {
    max-width: var(--spbe-domain-radar-max-width, 36rem);
    margin-inline: auto;
  }
  [part~='plot'] {
    margin-top: 0.5rem;
    border-radius: 4px;
    touch-action: pan-y;
  }
  svg {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
    font-variant-numeric: tabular-nums;
  }
  text {
    fill: var(--_fg);
  }
  /* Lines, not shapes: the series set their own fill. */
  path {
    fill: none;
  }
  .ring,
  .spoke {
    stroke: var(--_surface);
  }
  .ring-label {
    fill: var(--_muted);
  }
  .band-ring {
    stroke: var(--_muted);
    stroke-dasharray: 1 3;
  }
  [part~='target'] {
    stroke: var(--_target);
    stroke-width: 1.5;
    stroke-dasharray: 5 3;
  }
  .spoke.active {
    stroke: var(--_muted);
    stroke-width: 2;
  }
  .axis-label {
    font-weight: 600;
  }
  [part~='series'] {
    fill: currentColor;
    fill-opacity: 0.08;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linejoin: round;
  }
  [part~='series'].primary {
    fill-opacity: 0.18;
    stroke-width: 3;
  }
  [part~='point'] {
    fill: currentColor;
    stroke: var(--_bg);
    stroke-width: 1.5;
  }
  /* In its series' colour: beside another series' point it is still read as its own. */
  .value {
    fill: currentColor;
    text-anchor: middle;
    font-weight: 700;
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  [part~='legend'] {
    gap: 0.25rem 0.5rem;
  }
  [part~='legend'] button {
    padding: 0.125rem 0.5rem;
    border: 1px solid var(--_surface);
    border-radius: 999px;
    background: none;
    cursor: pointer;
  }
  .none {
    color: var(--_muted);
  }
  [part~='legend'] button[aria-pressed='false'] {
    opacity: 0.5;
    text-decoration: line-through;
  }
  .swatch {
    display: inline-block;
    width: 0.75em;
    height: 0.75em;
    margin-right: 0.35em;
    border-radius: 50%;
    background: currentColor;
  }
  [part~='back'] {
    margin-top: 0.25rem;
    padding: 0.125rem 0.5rem;
    font-size: 0.8125em;
  }
  @media print {
    [part~='tooltip'],
    [part~='back'] {
      display: none;
    }
  }
`;
