import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '@gig/server/server';
import { DatabaseRateLimit } from '@gig/server/services/rate-limit-store';
import { startApp, type TestApp } from './helpers/app';

/**
 * The per-address route limits are counted in the database, so several API processes behind a
 * load balancer share them (the cluster suite shows it through haproxy on Galera).
 */
describe('rate limits shared by every API process', () => {
  let t: TestApp;
  let second: FastifyInstance;
  let secondBase: string;
  beforeAll(async () => {
    t = await startApp();
    // Another process of the same deployment: same configuration, same database.
    second = await buildServer(t.config, { logStream: new PassThrough() });
    await second.listen({ host: '127.0.0.1', port: 0 });
    secondBase = `http://127.0.0.1:${(second.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await second.close();
    await t.close();
  });

  const preview = (base: string) =>
    fetch(`${base}/api/public/route`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ industry: 'courier', workMode: 'outlet', areaCode: '330302' }),
    });

  it('a route preview limit of 60 a minute holds across two processes: the 61st is refused by either', async () => {
    for (let i = 0; i < 30; i++) {
      expect((await preview(t.base)).status).toBe(200);
      expect((await preview(secondBase)).status).toBe(200);
    }
    const refused = await preview(secondBase);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await refused.json()).code).toBe('RATE_LIMITED');
    expect((await preview(t.base)).status).toBe(429);
  });

  it('parallel hits each get their own count, and routes and addresses are counted apart', async () => {
    const store = new DatabaseRateLimit(() => t.app.db, randomBytes(32));
    const counts = await Promise.all(Array.from({ length: 20 }, () => store.hit('POST /x', '10.0.0.1', 60_000)));
    expect(counts.map((c) => c.current).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect((await store.hit('POST /y', '10.0.0.1', 60_000)).current).toBe(1);
    expect((await store.hit('POST /x', '10.0.0.2', 60_000)).current).toBe(1);
  });

  it('a window opens at the first hit; the first hit after it ended starts the count again', async () => {
    const store = new DatabaseRateLimit(() => t.app.db, randomBytes(32));
    const at = Date.now();
    expect(await store.hit('GET /z', 'a', 60_000, at)).toEqual({ current: 1, ttl: 60_000 });
    expect(await store.hit('GET /z', 'a', 60_000, at + 59_000)).toEqual({ current: 2, ttl: 1_000 });
    expect(await store.hit('GET /z', 'a', 60_000, at + 60_000)).toEqual({ current: 1, ttl: 60_000 });
  });
});
