// A three-node MariaDB Galera cluster on this one machine, for the cluster suite: each node its own
// data directory and option file, its own client, group-communication (Galera), IST and SST ports;
// the first bootstraps the cluster (--wsrep-new-cluster), the others join it by SST (rsync).
// Needs Debian's mariadb-server and galera-4 (and rsync for SST).
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { which } from '../lib/mariadb.mjs';
import { killHard, sleep, start, stop, uniquePort, work } from './procs.mjs';

// As root, the nodes run as the mysql user: the rsync daemon of a state transfer, started as root,
// would switch to "nobody" and could not write the data directory.
const RUN_AS = process.getuid?.() === 0 ? 'mysql' : null;

export const GALERA_PROVIDER = process.env.GALERA_PROVIDER ?? '/usr/lib/galera/libgalera_smm.so';

/** What is missing to run a Galera cluster here, or [] when nothing is. */
export function galeraMissing(mariadbd) {
  const missing = [];
  if (!mariadbd) missing.push('mariadbd (apt-get install mariadb-server)');
  if (!existsSync(GALERA_PROVIDER)) missing.push(`${GALERA_PROVIDER} (apt-get install galera-4)`);
  if (!which('rsync')) missing.push('rsync (apt-get install rsync), for state transfers');
  if (!which('mariadb-install-db')) missing.push('mariadb-install-db (apt-get install mariadb-server)');
  if (!['ss', 'lsof', 'sockstat'].some((b) => which(b)))
    missing.push('ss (apt-get install iproute2), for state transfers');
  return missing;
}

/** The option file of one node: the settings Galera needs, and the ones the suite relies on. */
function optionFile(node, all) {
  const members = all.map((n) => `127.0.0.1:${n.ports.galera}`).join(',');
  const provider = [
    `gmcast.listen_addr=tcp://127.0.0.1:${node.ports.galera}`,
    `ist.recv_addr=127.0.0.1:${node.ports.ist}`,
    'gcache.size=128M',
    // A killed node is noticed within seconds (the defaults wait 5 and 15 s).
    'evs.keepalive_period=PT0.5S',
    'evs.inactive_check_period=PT0.5S',
    'evs.suspect_timeout=PT2S',
    'evs.inactive_timeout=PT4S',
    'evs.install_timeout=PT4S',
    'pc.recovery=FALSE',
  ].join(';');
  return `[mysqld]
datadir=${node.dir}/data
socket=${node.socket}
port=${node.ports.client}
bind-address=127.0.0.1
pid-file=${node.dir}/mysqld.pid
log-error=${node.dir}/error.log
${RUN_AS ? `user=${RUN_AS}` : ''}
skip-name-resolve
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
innodb_buffer_pool_size=64M
innodb_flush_log_at_trx_commit=0
# What Galera needs: row-based replication, InnoDB, interleaved auto-increment locks,
# and (checked at CREATE TABLE) a primary key on every table.
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
innodb_force_primary_key=ON
wsrep_on=ON
wsrep_provider=${GALERA_PROVIDER}
wsrep_cluster_name=gig-cluster-suite
wsrep_cluster_address=gcomm://${members}
wsrep_node_name=${node.name}
wsrep_node_address=127.0.0.1:${node.ports.galera}
wsrep_node_incoming_address=127.0.0.1:${node.ports.client}
wsrep_provider_options="${provider}"
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:${node.ports.sst}
# Read-your-writes across nodes: a read waits until this node has applied what the cluster committed.
wsrep_sync_wait=1
wsrep_slave_threads=2
`;
}

export class GaleraCluster {
  constructor(mariadbd, size = 3) {
    this.mariadbd = mariadbd;
    this.client = which('mariadb') ?? 'mariadb';
    this.size = size;
    this.nodes = [];
  }

  async prepare() {
    const root = path.join(work(), 'galera');
    mkdirSync(root, { recursive: true });
    chmodSync(work(), 0o755);
    for (let i = 1; i <= this.size; i++) {
      const dir = path.join(root, `node${i}`);
      mkdirSync(dir, { recursive: true });
      const ports = {
        client: await uniquePort(),
        galera: await uniquePort(),
        ist: await uniquePort(),
        sst: await uniquePort(),
      };
      this.nodes.push({ i, name: `node${i}`, dir, socket: path.join(dir, 'mysqld.sock'), ports, proc: null });
    }
    for (const n of this.nodes) {
      writeFileSync(path.join(n.dir, 'my.cnf'), optionFile(n, this.nodes));
      // Every node gets system tables; the joiners' are then replaced by their state transfer.
      const install = spawnSync(
        which('mariadb-install-db') ?? 'mariadb-install-db',
        [
          `--defaults-file=${path.join(n.dir, 'my.cnf')}`,
          '--auth-root-authentication-method=socket',
          '--skip-test-db',
          '--wsrep-on=OFF',
        ],
        { encoding: 'utf8' },
      );
      if (install.status !== 0) throw new Error(`mariadb-install-db failed:\n${install.stdout}\n${install.stderr}`);
    }
    if (RUN_AS) spawnSync('chown', ['-R', `${RUN_AS}:${RUN_AS}`, root]);
  }

  /** Starts node `i` (1-based); the first start of node 1 bootstraps a new cluster. */
  startNode(i, { bootstrap = false } = {}) {
    const n = this.nodes[i - 1];
    n.proc = start(this.mariadbd, [
      `--defaults-file=${path.join(n.dir, 'my.cnf')}`,
      ...(bootstrap ? ['--wsrep-new-cluster'] : []),
    ]);
    return n;
  }

  /** One SQL statement on node `i` as root over its socket; the tab-separated rows. */
  sql(i, query, { fail = true } = {}) {
    const n = this.nodes[i - 1];
    const r = spawnSync(this.client, [`--socket=${n.socket}`, '-uroot', '-N', '-B', '-e', query], {
      encoding: 'utf8',
      timeout: 15_000,
    });
    if (r.status !== 0) {
      if (fail) throw new Error(`${n.name}: ${query}: ${r.stderr}`);
      return null;
    }
    return r.stdout
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split('\t'));
  }

  /** wsrep status values of node `i`, or null when it does not answer. */
  status(i) {
    const rows = this.sql(
      i,
      "SHOW GLOBAL STATUS WHERE Variable_name IN ('wsrep_cluster_size','wsrep_local_state_comment','wsrep_ready','wsrep_cluster_status')",
      { fail: false },
    );
    return rows ? Object.fromEntries(rows) : null;
  }

  /** Waits until node `i` is Synced, ready and in a primary component of `size` nodes. */
  async waitSynced(i, { size = this.size, timeoutMs = 90_000 } = {}) {
    const n = this.nodes[i - 1];
    const until = Date.now() + timeoutMs;
    for (;;) {
      const s = this.status(i);
      if (
        s &&
        s.wsrep_local_state_comment === 'Synced' &&
        s.wsrep_ready === 'ON' &&
        s.wsrep_cluster_status === 'Primary' &&
        Number(s.wsrep_cluster_size) === size
      )
        return;
      if (n.proc && (n.proc.exitCode !== null || n.proc.signalCode !== null))
        throw new Error(`${n.name} exited while starting:\n${this.errorLog(i).slice(-4000)}`);
      if (Date.now() > until)
        throw new Error(
          `${n.name} not Synced in a cluster of ${size}: ${JSON.stringify(s)}\n${this.errorLog(i).slice(-4000)}`,
        );
      await sleep(250);
    }
  }

  /** Waits until every node answering says the cluster has `size` members. */
  async waitSize(size, nodes, timeoutMs = 30_000) {
    const until = Date.now() + timeoutMs;
    while (!nodes.every((i) => Number(this.status(i)?.wsrep_cluster_size) === size)) {
      if (Date.now() > until) throw new Error(`the cluster did not settle at ${size} nodes`);
      await sleep(200);
    }
  }

  errorLog(i) {
    const f = path.join(this.nodes[i - 1].dir, 'error.log');
    return existsSync(f) ? readFileSync(f, 'utf8') : '(no error log)';
  }

  /** Bootstraps node 1, then joins the others one after another (each by a state transfer). */
  async start() {
    const t0 = Date.now();
    await this.prepare();
    this.startNode(1, { bootstrap: true });
    await this.waitSynced(1, { size: 1 });
    for (let i = 2; i <= this.size; i++) {
      this.startNode(i);
      await this.waitSynced(i, { size: i });
    }
    for (let i = 1; i <= this.size; i++) await this.waitSynced(i);
    return Date.now() - t0;
  }

  /** kill -9 of node `i`. */
  kill(i) {
    killHard(this.nodes[i - 1].proc);
  }

  /**
   * Where a node that crashed had got to, as the service wrappers find it before a start
   * (`mariadbd --wsrep-recover`, galera_recovery): with it the node asks for only what it missed.
   */
  recoverPosition(i) {
    const n = this.nodes[i - 1];
    const log = path.join(n.dir, 'recover.log');
    spawnSync(
      this.mariadbd,
      [`--defaults-file=${path.join(n.dir, 'my.cnf')}`, '--wsrep-recover', `--log-error=${log}`],
      {
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    const m = existsSync(log) ? /Recovered position:?\s+([0-9a-f-]{36}:-?\d+)/.exec(readFileSync(log, 'utf8')) : null;
    return m ? m[1] : null;
  }

  /**
   * Restarts node `i` after a kill -9, from its recovered position, and waits until it is Synced
   * again; says whether it caught up by an incremental state transfer (IST: the write sets it
   * missed, from a donor's cache) or a full one (SST: the donor's whole data directory by rsync).
   */
  async rejoin(i) {
    const n = this.nodes[i - 1];
    const before = this.errorLog(i).length;
    const t0 = Date.now();
    const position = this.recoverPosition(i);
    n.proc = start(this.mariadbd, [
      `--defaults-file=${path.join(n.dir, 'my.cnf')}`,
      ...(position ? [`--wsrep_start_position=${position}`] : []),
    ]);
    await this.waitSynced(i);
    const log = this.errorLog(i).slice(before);
    // The rsync script says which it did ("rsync IST completed on joiner" when only write sets came).
    const via = /rsync SST completed on joiner/.test(log)
      ? 'SST'
      : /rsync IST completed on joiner|Receiving IST/.test(log)
        ? 'IST'
        : 'unknown';
    return { ms: Date.now() - t0, via, position };
  }

  url(i, db = 'gig', user = 'gig:gig') {
    return `mariadb://${user}@127.0.0.1:${this.nodes[i - 1].ports.client}/${db}`;
  }

  async stop() {
    await Promise.all(this.nodes.map((n) => stop(n.proc, 10_000)));
  }
}
