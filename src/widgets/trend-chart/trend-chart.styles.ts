import { css } from 'lit';

export const trendStyles = css`
  .theme {
    --_s1: var(--spbe-color-series-1, #1d5fa8);
    --_s2: var(--spbe-color-series-2, #6e7781);
    --_s3: var(--spbe-color-series-3, #b35900);
    --_s4: var(--spbe-color-series-4, #2e7d32);
    --_s5: var(--spbe-color-series-5, #8e3ab0);
    --_s6: var(--spbe-color-series-6, #b3261e);
  }
  .theme.dark {
    --_s1: var(--spbe-color-series-1, #6cb6ff);
    --_s2: var(--spbe-color-series-2, #adbac7);
    --_s3: var(--spbe-color-series-3, #f0a050);
    --_s4: var(--spbe-color-series-4, #7ccf7f);
    --_s5: var(--spbe-color-series-5, #d08ef0);
    --_s6: var(--spbe-color-series-6, #ff8a80);
  }
  .s-1 { color: var(--_s1); }
  .s-2 { color: var(--_s2); }
  .s-3 { color: var(--_s3); }
  .s-4 { color: var(--_s4); }
  .s-5 { color: var(--_s5); }
  .s-6 { color: var(--_s6); }
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
  [part~='band'] text {
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
  [part~='tooltip'] rect {
    fill: var(--_bg);
    stroke: var(--_muted);
  }
  [part~='tooltip'] .head {
    font-weight: 700;
  }
  [part~='legend'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.8125em;
  }
  .swatch {
    display: inline-block;
    width: 1.25em;
    height: 0.25em;
    margin-right: 0.35em;
    vertical-align: 0.2em;
    background: currentColor;
  }
  .swatch.dash {
    background: none;
    border-top: 2px dashed var(--_target);
  }
  @media print {
    [part~='tooltip'] {
      display: none;
    }
  }
`;
