import { css } from 'lit';

/**
 * What the charts with several series (trend, radar) share: the series colours (`.s-1` … `.s-6` set
 * `color`), the tooltip box and the dashed swatch of a target in the legend.
 */
export const seriesColors = css`
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
  [part~='tooltip'] rect {
    fill: var(--_bg);
    stroke: var(--_muted);
  }
  [part~='tooltip'] .head {
    font-weight: 700;
  }
  .swatch.dash {
    width: 1.25em;
    height: 0;
    border-radius: 0;
    border-top: 2px dashed var(--_target);
    background: none;
    vertical-align: 0.2em;
  }
`;
