// Until the Taro mini-program (its own issue) lands, the build publishes a notice
// page that says so, and shows the scanned station.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
rmSync(path.join(here, 'dist', 'h5'), { recursive: true, force: true });
mkdirSync(path.join(here, 'dist', 'h5'), { recursive: true });
cpSync(path.join(here, 'public'), path.join(here, 'dist', 'h5'), { recursive: true });
console.log('miniapp: notice page written to dist/h5/ (the Taro app itself is not built yet)');
