/*
 * Default fills. Each is an SVG presentation attribute next to a class name, and any CSS
 * rule beats a presentation attribute, so the site stylesheet can restyle a chart for dark
 * mode or print (`.chart__bars { fill: var(--chart-bar) }`) without inline styles.
 *
 * Contrast (WCAG 2 relative luminance; checked in tests/unit/editorial/chart-svg.test.ts):
 *   BAR_FILL     #3170b8  5.07:1 on white, 3.69:1 on #121212, 4.14:1 on black
 *   EARLIER_FILL #767676  4.54:1 on white, 4.12:1 on #121212, 4.62:1 on black
 * so bars keep ≥ 3:1 against a light and a dark page, and white value text inside a bar
 * keeps ≥ 4.5:1. A site that lightens the bars must also darken `.chart__values--in`.
 *
 * All other text and the tracks use `currentColor`: the page's own text colour, which the
 * site already keeps at ≥ 4.5:1 in light and dark mode, and which prints black.
 */
export const BAR_FILL = '#3170b8';
export const EARLIER_FILL = '#767676';
export const ON_BAR_TEXT = '#fff';
/** The 0–100 % track is a reading aid, not data, so it may stay faint. */
export const TRACK_OPACITY = '0.12';
