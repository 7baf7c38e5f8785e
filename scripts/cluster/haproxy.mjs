// The load balancer in front of the API processes: Debian's haproxy, round-robin, each process
// checked on /healthz (which answers 503 when its database does not), a connection that could not
// be made sent to another process, and a header naming the process that answered.
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { which } from '../lib/mariadb.mjs';
import { sleep, start, stop, uniquePort, work } from './procs.mjs';

/** The haproxy binary (HAPROXY=/path, or the one on PATH), or null when there is none. */
export const haproxyBinary = () => {
  const bin = process.env.HAPROXY ?? which('haproxy');
  return bin && existsSync(bin) ? bin : null;
};

function config({ port, statsPort, servers }) {
  return `global
  maxconn 4000

defaults
  mode http
  option httplog
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  # A connection that could not be made is tried again on another process; a request that reached
  # a process is never sent twice by the balancer (the client retries it with its Idempotency-Key).
  retries 2
  option redispatch
  retry-on conn-failure

frontend api
  bind 127.0.0.1:${port}
  option forwardfor
  default_backend apis

backend apis
  balance roundrobin
  option httpchk GET /healthz
  http-check expect status 200
  # Checked every 0.5 s; out after two failures, back after two passes. A check may wait 5 s: while
  # the cluster changes members its nodes hold reads (wsrep_sync_wait) for a moment, and that is
  # no reason to take every process out.
  timeout check 5s
  default-server inter 500ms fall 2 rise 2
  http-response set-header X-Api-Server %s
${servers.map((s) => `  server ${s.name} 127.0.0.1:${s.port} check`).join('\n')}

listen stats
  bind 127.0.0.1:${statsPort}
  stats enable
  stats uri /stats
`;
}

export class Balancer {
  constructor(servers) {
    this.servers = servers;
  }

  async start() {
    this.port = await uniquePort();
    this.statsPort = await uniquePort();
    this.cfg = path.join(work(), 'haproxy.cfg');
    writeFileSync(this.cfg, config({ port: this.port, statsPort: this.statsPort, servers: this.servers }));
    this.proc = start(haproxyBinary(), ['-db', '-f', this.cfg], { log: path.join(work(), 'haproxy.log') });
    this.url = `http://127.0.0.1:${this.port}`;
    for (let i = 0; i < 100; i++) {
      if (this.proc.exitCode !== null) throw new Error(`haproxy exited:\n${this.proc.output()}`);
      if ((await this.states().catch(() => null)) !== null) return;
      await sleep(100);
    }
    throw new Error(`haproxy did not start:\n${this.proc.output()}`);
  }

  /** Each API process's state as the balancer sees it: { api1: 'UP', api2: 'DOWN', … }. */
  async states() {
    const res = await fetch(`http://127.0.0.1:${this.statsPort}/stats;csv`);
    const rows = (await res.text()).split('\n').map((l) => l.split(','));
    const head = rows[0].map((h) => h.replace(/^# /, ''));
    const [px, sv, st] = ['pxname', 'svname', 'status'].map((k) => head.indexOf(k));
    return Object.fromEntries(rows.filter((r) => r[px] === 'apis' && r[sv] !== 'BACKEND').map((r) => [r[sv], r[st]]));
  }

  /** Waits until the balancer says `name` is `state` (UP or DOWN); returns the ms it took. */
  async waitFor(name, state, timeoutMs = 60_000) {
    const t0 = Date.now();
    while (!String((await this.states())[name] ?? '').startsWith(state)) {
      if (Date.now() - t0 > timeoutMs) throw new Error(`haproxy never saw ${name} ${state}`);
      await sleep(100);
    }
    return Date.now() - t0;
  }

  stop() {
    return stop(this.proc, 3000);
  }
}
