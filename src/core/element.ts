import { LitElement } from 'lit';

/**
 * What every spbe-widgets element shares: the design tokens below (set them on the element or any
 * ancestor), the render flags `plain` (no label, title or footer), `transparent` (no background) and
 * `static` (no pointer interaction, no controls), and `export` (download buttons: PNG at 2×, SVG
 * with its styles inlined, CSV of the data table with a BOM). All are attributes, styled in
 * themes/tokens.ts.
 *
 * @cssprop --spbe-color-text - Text colour.
 * @cssprop --spbe-color-text-muted - Secondary text colour.
 * @cssprop --spbe-color-background - Background.
 * @cssprop --spbe-color-surface - Tracks, rules and borders.
 * @cssprop --spbe-color-accent - Focus ring colour.
 * @cssprop --spbe-color-target - Target marks.
 * @cssprop --spbe-color-error - Error accent colour.
 * @cssprop --spbe-color-error-background - Error box background.
 * @cssprop --spbe-color-band-1 - The lowest predikat band (Kurang), in the gauge, the trend and the ranking.
 * @cssprop --spbe-color-band-2 - The second band (Cukup).
 * @cssprop --spbe-color-band-3 - The third band (Baik).
 * @cssprop --spbe-color-band-4 - The fourth band (Sangat Baik).
 * @cssprop --spbe-color-band-5 - The fifth band (Memuaskan).
 * @cssprop --spbe-color-band-6 - A sixth band, for frameworks with more.
 * @cssprop --spbe-color-band-7 - A seventh band.
 * @cssprop --spbe-font-family - Font.
 * @cssprop --spbe-font-size - Base font size.
 * @cssprop --spbe-padding - Inner padding.
 * @cssprop --spbe-radius - Corner radius.
 */
export class SpbeElement extends LitElement {}
