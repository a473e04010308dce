import { css } from 'lit';

export const mapStyles = css`
  .theme {
    --_st-0: var(--spbe-color-online, #1a7f37);
    --_st-1: var(--spbe-color-offline, #cf222e);
    --_st-2: var(--spbe-color-maintenance, #bf8700);
    --_st-3: var(--spbe-color-unknown, #6e7781);
    --_area: var(--spbe-color-area, #eef2f6);
    --_area-line: var(--spbe-color-area-line, #8c959f);
    --_q1: #deebf7;
    --_q2: #9ecae1;
    --_q3: #6baed6;
    --_q4: #3182bd;
    --_q5: #08519c;
  }
  .theme.dark {
    --_st-0: var(--spbe-color-online, #3fb950);
    --_st-1: var(--spbe-color-offline, #ff7b72);
    --_st-2: var(--spbe-color-maintenance, #d29922);
    --_st-3: var(--spbe-color-unknown, #8b949e);
    --_area: var(--spbe-color-area, #1f262e);
    --_area-line: var(--spbe-color-area-line, #6e7681);
    --_q1: #132a45;
    --_q2: #1b4b7a;
    --_q3: #2f6fae;
    --_q4: #5398d9;
    --_q5: #9ecbff;
  }
  [part~='base'] {
    max-width: var(--spbe-ap-map-max-width, 56rem);
    margin-inline: auto;
  }
  [part~='summary'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.25rem 1rem;
    margin: 0.25rem 0 0.5rem;
  }
  .figures {
    margin: 0;
    font-size: 1.125em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  [part~='filter'] {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    padding: 0.125rem 0.5rem;
    border: 1px solid var(--_surface);
    border-radius: 999px;
    background: none;
    font-size: 0.8125em;
    cursor: pointer;
  }
  [part~='filter'][aria-pressed='false'] {
    opacity: 0.55;
    text-decoration: line-through;
  }
  .swatch {
    width: 0.9em;
    height: 0.9em;
    flex: none;
  }
  .st-0 { fill: var(--_st-0); }
  .st-1 { fill: var(--_st-1); }
  .st-2 { fill: var(--_st-2); }
  .st-3 { fill: var(--_st-3); }
  [part~='notice'] {
    margin-bottom: 0.5rem;
    padding: 0.375rem 0.75rem;
    border-left: 4px solid var(--_st-2);
    background: var(--_surface);
    border-radius: 4px;
    font-size: 0.8125em;
    overflow-wrap: anywhere;
  }
  [part~='notice'] ul {
    margin: 0.25rem 0 0;
    padding-left: 1.25rem;
  }
  .stage {
    position: relative;
  }
  [part~='plot'] {
    position: relative;
    overflow: hidden;
    border-radius: 4px;
    background: var(--_bg);
    outline-offset: 2px;
    touch-action: pan-x pan-y;
    cursor: grab;
    user-select: none;
  }
  [part~='plot'].greedy {
    touch-action: none;
  }
  [part~='plot']:active {
    cursor: grabbing;
  }
  canvas {
    position: relative;
    display: block;
    width: 100%;
    height: auto;
  }
  .layer {
    position: absolute;
    inset: 0;
    display: block;
    width: 100%;
    height: 100%;
    pointer-events: none;
  }
  .overlay {
    z-index: 1;
  }
  [part~='area'] {
    fill: var(--_area);
    stroke: var(--_area-line);
    stroke-width: 1;
    vector-effect: non-scaling-stroke;
    stroke-linejoin: round;
  }
  [part~='area'].active {
    stroke: var(--_fg);
    stroke-width: 2.5;
  }
  /* A class's colour fills an area and paints its legend swatch. */
  .q-1 { fill: var(--_q1); background: var(--_q1); }
  .q-2 { fill: var(--_q2); background: var(--_q2); }
  .q-3 { fill: var(--_q3); background: var(--_q3); }
  .q-4 { fill: var(--_q4); background: var(--_q4); }
  .q-5, .q-6 { fill: var(--_q5); background: var(--_q5); }
  .area-label {
    fill: var(--_muted);
    font-size: 11px;
    text-anchor: middle;
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .scale path {
    fill: none;
    stroke: var(--_fg);
    stroke-width: 1.5;
  }
  .scale text {
    fill: var(--_fg);
    font-size: 11px;
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 3px;
  }
  [part~='tooltip'] rect {
    fill: var(--_bg);
    stroke: var(--_muted);
  }
  [part~='tooltip'] text {
    fill: var(--_fg);
    font-size: 12px;
  }
  [part~='tooltip'] .head {
    font-weight: 700;
  }
  [part~='controls'] {
    position: absolute;
    z-index: 3;
    top: 0.5rem;
    right: 0.5rem;
    display: flex;
    flex-direction: column;
    gap: 2px;
  }
  [part~='controls'] button {
    width: 2.25rem;
    height: 2.25rem;
    padding: 0;
    border: 1px solid var(--_surface);
    border-radius: 4px;
    background: var(--_bg);
    font-size: 1.125rem;
    line-height: 1;
    cursor: pointer;
  }
  .hint {
    position: absolute;
    z-index: 2;
    inset: auto 0 0.5rem;
    width: fit-content;
    margin: 0 auto;
    padding: 0.25rem 0.75rem;
    border-radius: 4px;
    background: var(--_fg);
    color: var(--_bg);
    font-size: 0.8125em;
    opacity: 0;
    transition: opacity 0.2s;
    pointer-events: none;
  }
  .hint.shown {
    opacity: 0.9;
  }
  .attribution {
    position: absolute;
    z-index: 2;
    right: 0;
    bottom: 0;
    margin: 0;
    padding: 0 0.25rem;
    background: var(--_bg);
    font-size: 0.6875em;
    color: var(--_muted);
  }
  [part~='legend'] {
    gap: 0.25rem 0.75rem;
    font-size: 0.75em;
  }
  [part~='legend'] .swatch {
    display: inline-block;
    margin-right: 0.3em;
    vertical-align: -0.1em;
    border: 1px solid var(--_area-line);
  }
  /* The list of what is in view: for keyboards and screen readers; it shows itself when focused. */
  [part~='list']:not(:focus-within) {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: clip;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  [part~='list'] {
    margin-top: 0.5rem;
    max-height: 14rem;
    overflow-y: auto;
    font-size: 0.8125em;
  }
  [part~='list'] ol {
    margin: 0;
    padding-left: 1.5rem;
  }
  [part~='list'] button {
    padding: 0.125rem 0.25rem;
    border: 0;
    background: none;
    text-align: left;
    cursor: pointer;
  }
  .list-title {
    margin: 0 0 0.25rem;
    font-weight: 600;
  }
  @media print {
    [part~='controls'],
    [part~='filter'][aria-pressed='false'],
    .hint {
      display: none;
    }
  }
`;
