/** The blog's mark as favicon and publisher logo: made from the header's shapes, fingerprinted. */
import { brandAssets, LOGO_SIZE } from '../../../src/reader-site/server/brand-assets';

it('makes an SVG favicon and a 512×512 PNG logo with fingerprinted names', () => {
  const { icon, logo } = brandAssets();
  expect(icon.path).toMatch(/^\/assets\/brand-mark-[0-9a-f]{12}\.svg$/);
  expect(icon.type).toBe('image/svg+xml');
  const svg = icon.body.toString('utf8');
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  // Colours as attributes: the file has no stylesheet to take them from.
  expect(svg).toContain('fill="#0b6e6e"');
  expect(svg).not.toContain('style=');

  expect(logo.path).toMatch(/^\/assets\/brand-logo-[0-9a-f]{12}\.png$/);
  expect(logo.body.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect([logo.body.readUInt32BE(16), logo.body.readUInt32BE(20)]).toEqual([LOGO_SIZE, LOGO_SIZE]);
  expect([logo.width, logo.height]).toEqual([LOGO_SIZE, LOGO_SIZE]);
  // Same input, same name: a changed mark gets a new address, so `immutable` is safe.
  expect(brandAssets().logo.path).toBe(logo.path);
});
