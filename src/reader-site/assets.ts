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
  const body = fs.readFileSync(file);
  const hash = crypto.createHash('sha256').update(body).digest('hex').slice(0, 12);
  const { name, ext } = path.parse(file);
  return { path: `/assets/${name}-${hash}${ext}`, body, type };
}

export const IMMUTABLE = 'public, max-age=31536000, immutable';
