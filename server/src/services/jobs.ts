/**
 * Work the server does on its own, on timers inside the process: the notification dispatcher
 * (often) and the maintenance sweep (deadline reminders, the retention timer; hourly). A round
 * never overlaps the previous one of the same job; `stop` waits for rounds in progress, so a
 * shutdown does not cut a delivery or a purge in half. Several processes may run them: each step
 * claims its rows or is idempotent.
 */
export class BackgroundJobs {
  /** Timers to arm at start (jobs are declared before the server is ready). */
  private pending: (() => void)[] = [];
  private timers: NodeJS.Timeout[] = [];
  private running = new Set<Promise<unknown>>();
  private stopped = false;

  constructor(private readonly onError: (job: string, err: unknown) => void) {}

  /** Runs `fn` every `ms` (0: never), and once `firstAfterMs` after start when given. */
  every(job: string, ms: number, fn: () => Promise<unknown>, firstAfterMs?: number): this {
    if (ms <= 0) return this;
    let busy = false;
    const round = () => {
      if (busy || this.stopped) return;
      busy = true;
      const p = fn()
        .catch((err) => this.onError(job, err))
        .finally(() => {
          busy = false;
          this.running.delete(p);
        });
      this.running.add(p);
    };
    this.pending.push(() => {
      const t = setInterval(round, ms);
      t.unref();
      this.timers.push(t);
      if (firstAfterMs !== undefined) {
        const first = setTimeout(round, firstAfterMs);
        first.unref();
        this.timers.push(first);
      }
    });
    return this;
  }

  start(): void {
    for (const arm of this.pending) arm();
    this.pending = [];
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
    await Promise.allSettled([...this.running]);
  }
}
