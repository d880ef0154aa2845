import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';

/** A fresh clone has no uploads folder (it is ignored by git); the upload plugin needs it. */
export function ensureRuntimeFolders(strapi: Core.Strapi): void {
  const publicDir = strapi.dirs.static.public;
  for (const dir of [publicDir, path.join(publicDir, 'uploads')]) {
    fs.mkdirSync(dir, { recursive: true });
  }
}
