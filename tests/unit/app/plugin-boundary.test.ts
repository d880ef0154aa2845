/**
 * The app and the editorial plugin meet at a declared line: app files import the plugin's
 * public module (`src/plugins/editorial/server/public.ts`) and its `shared/` folder, never
 * `server/src/…` or `admin/src/…`.
 */
import fs from 'fs';
import path from 'path';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const INTERNALS = /from\s+['"][^'"]*plugins\/editorial\/(server\/src|admin\/src)\//;

function appFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return full === path.join(ROOT, 'src', 'plugins') ? [] : appFiles(full);
    return /\.(ts|tsx|js)$/.test(entry.name) ? [full] : [];
  });
}

describe('the line between the app and the editorial plugin', () => {
  it('no app file imports the plugin’s internals', () => {
    const files = [...appFiles(path.join(ROOT, 'src')), ...appFiles(path.join(ROOT, 'config'))];
    expect(files.length).toBeGreaterThan(50);
    const crossing = files.filter((file) => INTERNALS.test(fs.readFileSync(file, 'utf8'))).map((file) => path.relative(ROOT, file));
    expect(crossing).toEqual([]);
  });
});
