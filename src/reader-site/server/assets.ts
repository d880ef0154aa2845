/**
 * The reader's static assets under fingerprinted names (`/assets/reader-<hash>.css`), so
 * they can be cached for a year as `immutable`: a changed file gets a new name.
 */
import crypto from 'crypto';
import fs from 'fs';
import path from 'path';

export interface Asset {
  path: string;
  body: Buffer;
  type: string;
}

export function fingerprintedAsset(file: string, type: string): Asset {
  const { name, ext } = path.parse(file);
  return fingerprintedBytes(`${name}${ext}`, fs.readFileSync(file), type);
}

/** An asset made in memory (`brand-mark.svg` → `/assets/brand-mark-<hash>.svg`). */
export function fingerprintedBytes(fileName: string, body: Buffer, type: string): Asset {
  const hash = crypto.createHash('sha256').update(body).digest('hex').slice(0, 12);
  const { name, ext } = path.parse(fileName);
  return { path: `/assets/${name}-${hash}${ext}`, body, type };
}

export const IMMUTABLE = 'public, max-age=31536000, immutable';
