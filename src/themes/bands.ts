import { css } from 'lit';

/**
 * The predikat bands' colours, for the widgets that colour by band (gauge, trend, ranking; the radar
 * and the map do not, and do not load them). A band's colour is its text colour: marks fill with
 * currentColor, swatches paint it.
 */
export const bandColors = css`
  .theme {
    --_band-1: var(--spbe-color-band-1, #c43c2c);
    --_band-2: var(--spbe-color-band-2, #d9800f);
    --_band-3: var(--spbe-color-band-3, #3f8f32);
    --_band-4: var(--spbe-color-band-4, #1d72b0);
    --_band-5: var(--spbe-color-band-5, #5a3ea6);
  }
  .theme.dark {
    --_band-1: var(--spbe-color-band-1, #ff7b69);
    --_band-2: var(--spbe-color-band-2, #f5a742);
    --_band-3: var(--spbe-color-band-3, #6fcf5d);
    --_band-4: var(--spbe-color-band-4, #59b0f0);
    --_band-5: var(--spbe-color-band-5, #b39cff);
  }
  .band-1 { color: var(--_band-1); }
  .band-2 { color: var(--_band-2); }
  .band-3 { color: var(--_band-3); }
  .band-4 { color: var(--_band-4); }
  .band-5 { color: var(--_band-5); }
  .band-6 { color: var(--spbe-color-band-6, #8a5a00); }
  .band-7 { color: var(--spbe-color-band-7, #006d6f); }
`;
