import { css } from 'lit';

export const gaugeStyles = css`
  [part~='base'] {
    max-width: var(--spbe-index-gauge-max-width, 30rem);
    margin-inline: auto;
  }
  svg {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
    margin-top: 0.25rem;
  }
  [part~='track'] {
    fill: var(--spbe-index-gauge-track-color, var(--_surface));
  }
  [part~='band'],
  [part~='indicator'] {
    fill: currentColor;
  }
  [part~='band'] {
    opacity: 0.55;
  }
  [part~='band'].active {
    opacity: 1;
  }
  [part~='needle'] {
    stroke: var(--_fg);
    stroke-width: 3;
    stroke-linecap: round;
  }
  [part~='target'] {
    stroke: var(--_target);
    fill: var(--_target);
    stroke-width: 2;
  }
  [part~='target'] line {
    stroke-dasharray: 3 2;
  }
  text {
    fill: var(--_fg);
    text-anchor: middle;
    font-variant-numeric: tabular-nums;
  }
  .start {
    text-anchor: start;
  }
  .end {
    text-anchor: end;
  }
  [part~='value'] {
    font-size: 46px;
    font-weight: 700;
  }
  [part~='predikat'] {
    font-size: 18px;
    font-weight: 600;
  }
  [part~='tick'] {
    fill: var(--_muted);
    font-size: 13px;
  }
  [part~='summary'],
  [part~='legend'] {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.125rem 0.75rem;
    margin: 0.25rem 0 0;
    padding: 0;
  }
  [part~='summary'] {
    min-height: 1.4em;
    font-size: 0.875em;
  }
  [part~='legend'] {
    list-style: none;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  [part~='legend'] [aria-current='true'] {
    color: var(--_fg);
    font-weight: 600;
  }
  .swatch {
    display: inline-block;
    width: 0.75em;
    height: 0.75em;
    margin-right: 0.3em;
    border-radius: 2px;
    background: currentColor;
  }
  @media print {
    [part~='band'] {
      opacity: 1;
    }
  }
`;
