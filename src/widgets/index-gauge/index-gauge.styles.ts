import { css } from 'lit';

export const gaugeStyles = css`
  [part~='base'] {
    --_track: var(--spbe-index-gauge-track-color, var(--_surface));
    max-width: var(--spbe-index-gauge-max-width, 30rem);
    margin-inline: auto;
  }
  header {
    margin-bottom: 0.25rem;
  }
  [part~='label'] {
    display: block;
    font-size: 0.8125em;
    color: var(--_muted);
    letter-spacing: 0.02em;
    text-transform: uppercase;
  }
  [part~='title'] {
    display: block;
    font-weight: 600;
    font-size: 1.0625em;
    overflow-wrap: anywhere;
  }
  svg {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
  }
  [part~='track'] {
    fill: var(--_track);
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
  [part~='target'] line {
    stroke: var(--_target);
    stroke-width: 2;
    stroke-dasharray: 3 2;
  }
  [part~='target'] path {
    fill: var(--_target);
  }
  [part~='value'] {
    fill: var(--_fg);
    font-size: 46px;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  [part~='predikat'] {
    fill: var(--_fg);
    font-size: 18px;
    font-weight: 600;
  }
  .placeholder {
    fill: var(--_muted);
    font-size: 16px;
  }
  [part~='tick'] {
    fill: var(--_muted);
    font-size: 13px;
    font-variant-numeric: tabular-nums;
  }
  [part~='summary'] {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.25rem 1rem;
    margin: 0.25rem 0 0;
    min-height: 1.4em;
    font-size: 0.9375em;
  }
  [part~='delta'] {
    font-variant-numeric: tabular-nums;
  }
  [part~='legend'] {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.125rem 0.75rem;
    list-style: none;
    margin: 0.5rem 0 0;
    padding: 0;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  [part~='legend'] li[aria-current='true'] {
    color: var(--_fg);
    font-weight: 600;
  }
  .swatch {
    display: inline-block;
    width: 0.75em;
    height: 0.75em;
    margin-right: 0.3em;
    border-radius: 2px;
    vertical-align: -0.05em;
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
  [part~='table-toggle'] {
    padding: 0.125rem 0.5rem;
    border: 1px solid var(--_surface);
    border-radius: 4px;
    background: transparent;
    font-size: 0.75em;
    cursor: pointer;
  }
  [part~='table']:not(.sr-only) {
    margin-top: 0.5rem;
    overflow-x: auto;
  }
  [part~='table'] table {
    width: 100%;
  }
  @media print {
    [part~='table-toggle'] {
      display: none;
    }
    [part~='band'] {
      opacity: 1;
    }
  }
`;
