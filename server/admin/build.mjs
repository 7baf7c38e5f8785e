// Until the staff page (React + Ant Design, its own issue) lands, the build publishes a notice
// page that says so, with the links staff can already use.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
rmSync(path.join(here, 'dist'), { recursive: true, force: true });
mkdirSync(path.join(here, 'dist'), { recursive: true });
cpSync(path.join(here, 'public'), path.join(here, 'dist'), { recursive: true });
console.log('server/admin: notice page written to dist/ (the staff page itself is not built yet)');
