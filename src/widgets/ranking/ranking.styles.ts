import { css } from 'lit';

export const rankingStyles = css`
  [part~='plot'] {
    margin-top: 0.5rem;
    border-radius: 4px;
  }
  /* "Show all" on a long list: it scrolls in its own box, not the page. */
  [part~='plot'].scroll {
    max-height: 70vh;
    overflow-y: auto;
    overscroll-behavior: contain;
    /* The rows near the view are drawn again as it scrolls: the browser must not scroll to follow them. */
    overflow-anchor: none;
  }
  svg {
    display: block;
    font-size: 13px;
    font-variant-numeric: tabular-nums;
  }
  text {
    fill: var(--_fg);
  }
  [part~='axis'] text,
  .gap,
  .change.same,
  .change.new {
    fill: var(--_muted);
    font-size: 11px;
  }
  .grid {
    stroke: var(--_surface);
  }
  .back {
    fill: transparent;
  }
  [part~='row'].highlight .back {
    fill: var(--_accent);
    fill-opacity: 0.14;
  }
  [part~='row'].highlight .name,
  [part~='row'].highlight .rank {
    font-weight: 700;
  }
  [part~='row'].active .back {
    stroke: var(--_accent);
    stroke-width: 2;
  }
  [part~='row'] {
    cursor: pointer;
  }
  :host([static]) [part~='row'] {
    cursor: auto;
  }
  .rank {
    font-weight: 600;
  }
  .change {
    font-size: 11px;
    font-weight: 600;
  }
  .change.up {
    fill: var(--_band-3);
  }
  .change.down {
    fill: var(--_band-1);
  }
  [part~='bar'] {
    fill: currentColor;
  }
  .value {
    font-size: 12px;
    /* A halo keeps the figure readable where a grid line crosses it (the rule is cut there). */
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .value.highlight {
    stroke: none;
    font-weight: 700;
  }
  [part~='rule'] path {
    stroke: var(--_target);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }
  [part~='rule'] text {
    font-size: 11px;
    font-weight: 600;
  }
  .note {
    margin: 0.5rem 0 0;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .swatch {
    display: inline-block;
    width: 0.75em;
    height: 0.75em;
    margin-right: 0.35em;
    border-radius: 2px;
    vertical-align: -0.05em;
    background: currentColor;
  }
  .swatch.rule {
    width: 0;
    height: 1em;
    border-left: 2px dashed var(--_target);
    background: none;
  }
  [part~='more'] {
    margin-top: 0.5rem;
    padding: 0.25rem 0.75rem;
    font-size: 0.8125em;
  }
  tr.highlight {
    font-weight: 700;
  }
  @media print {
    [part~='more'] {
      display: none;
    }
    [part~='plot'].scroll {
      max-height: none;
      overflow: visible;
    }
  }
`;
