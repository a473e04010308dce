import { css } from 'lit';

export const dashboardStyles = css`
  :host {
    container-type: inline-size;
  }
  [part~='base'] {
    max-width: var(--spbe-dashboard-max-width, 72rem);
    margin-inline: auto;
  }
  [part~='title'],
  ::slotted([slot='title']) {
    margin: 0;
    font-size: 1.375em;
  }
  .year {
    margin: 0.125rem 0 0.75rem;
    color: var(--_muted);
    font-size: 0.875em;
  }
  /* One column on a phone; from 44rem of the dashboard's own width, the gauge beside the radar
     (dense: whatever their order) and the trend, the ranking and the map across. A gauge without
     a radar (or a radar without a gauge) goes across too, not beside an empty half. */
  [part~='grid'] {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    grid-auto-flow: row dense;
    gap: 1rem;
    align-items: start;
  }
  @container (min-width: 44rem) {
    [part~='grid'] {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .trend,
    .ranking,
    .map,
    [part~='grid']:not(:has(> .radar)) > .gauge,
    [part~='grid']:not(:has(> .gauge)) > .radar {
      grid-column: 1 / -1;
    }
  }
  [part~='grid'] > * {
    min-width: 0;
  }
  /* The instansi is named once, above the grid, not again in every widget (a ministry's name is
     four lines a widget on a phone). The ranking's title says what it ranks, and stays; a
     download still carries the name, and each widget's accessible name keeps it. */
  .gauge::part(title),
  .trend::part(title),
  .radar::part(title),
  .map::part(title) {
    display: none;
  }
  [part~='footer'] {
    display: block;
    margin-top: 1rem;
    font-size: 0.75em;
    color: var(--_muted);
  }
  [part~='footer'] p {
    margin: 0;
  }
  [part~='sources'] {
    margin: 0.25rem 0 0;
    padding-left: 1.25rem;
  }
`;
