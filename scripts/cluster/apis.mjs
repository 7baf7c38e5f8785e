// The API processes of the cluster suite: the built product (`node server/dist/main.js`), each its
// own process on its own port with its own DATABASE_URL, started, killed (-9) and restarted.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { killHard, sleep, start, stop, uniquePort, work } from './procs.mjs';

export class ApiProcess {
  /** `env`: what every process shares (secrets, gateway, jobs); `databaseUrl`: this one's node. */
  constructor(root, name, databaseUrl, env) {
    this.root = root;
    this.name = name;
    this.databaseUrl = databaseUrl;
    this.env = env;
    this.starts = 0;
  }

  async start() {
    const main = path.join(this.root, 'server/dist/main.js');
    if (!existsSync(main)) throw new Error('server/dist/main.js is missing: run npm run build -w server first');
    this.port ??= await uniquePort();
    this.starts++;
    this.proc = start(process.execPath, [main], {
      cwd: this.root,
      env: { ...process.env, ...this.env, PORT: String(this.port), DATABASE_URL: this.databaseUrl },
      log: path.join(work(), `${this.name}.log`),
    });
    const base = `http://127.0.0.1:${this.port}`;
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`${base}/healthz`)).ok) return;
      } catch {
        /* not listening yet */
      }
      if (this.proc.exitCode !== null || i > 300)
        throw new Error(`${this.name} did not start:\n${this.proc.output().slice(-4000)}`);
      await sleep(100);
    }
  }

  kill() {
    killHard(this.proc);
    return this.proc.exited;
  }

  stop() {
    return stop(this.proc, 12_000);
  }

  /** Its log's error entries (pino level 50 and above) over every start: { proc, msg, job, code, message, time }. */
  errorEntries() {
    const log = path.join(work(), `${this.name}.log`);
    if (!existsSync(log)) return [];
    return readFileSync(log, 'utf8')
      .split('\n')
      .flatMap((line) => {
        try {
          const e = JSON.parse(line);
          if (e.level < 50) return [];
          const err = e.err ?? {};
          const code = err.code ?? err.driverError?.code ?? null;
          return [
            {
              proc: this.name,
              msg: e.msg,
              job: e.job ?? null,
              code,
              message: String(err.message ?? '').slice(0, 160),
              time: e.time,
            },
          ];
        } catch {
          return [];
        }
      });
  }
}
