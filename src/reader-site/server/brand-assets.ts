/**
 * The blog's mark as files of their own, made once at start from the same shapes the page
 * header draws (src/reader-site/templates/document.ts): an SVG favicon, so browsers do not show Strapi's,
 * and a 512×512 PNG publisher logo for the articles' JSON-LD (search engines want a raster
 * logo of at least 112 px).
 */
import { Resvg } from '@resvg/resvg-js';
import { render } from 'preact-render-to-string';
import { standaloneBrandMark } from '../templates/document';
import { fingerprintedBytes, type Asset } from './assets';

export const LOGO_SIZE = 512;

export interface BrandAssets {
  icon: Asset;
  logo: Asset & { width: number; height: number };
}

export function brandAssets(): BrandAssets {
  const svg = render(standaloneBrandMark(LOGO_SIZE));
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: LOGO_SIZE } }).render().asPng();
  return {
    icon: fingerprintedBytes('brand-mark.svg', Buffer.from(svg), 'image/svg+xml'),
    logo: { ...fingerprintedBytes('brand-logo.png', Buffer.from(png), 'image/png'), width: LOGO_SIZE, height: LOGO_SIZE },
  };
}
