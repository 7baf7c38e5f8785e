import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import mysql from 'mysql2/promise';
import type { Principal, StaffRole, StationCreateBody, TokenPair } from '@gig/shared';
import { loadConfig, type Config } from '@gig/server/config';
import { buildServer } from '@gig/server/server';
import { StaffUserEntity, StationEntity } from '@gig/server/entities';
import { hashPassword } from '@gig/server/adapters/passwords';
import { FAKE_APPID, FAKE_SECRET, FAKE_SMS_TOKEN, startFakes, type Fakes } from './fakes';

/** Which database this run uses: TEST_DB=mariadb (with TEST_MARIADB_URL) or SQLite by default. */
export const DIALECT = process.env.TEST_DB === 'mariadb' ? 'mariadb' : 'sqlite';

/** A fresh, empty database for one test file, and how to throw it away. */
export async function freshDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  if (DIALECT === 'mariadb') {
    const server = process.env.TEST_MARIADB_URL;
    if (!server) throw new Error('TEST_DB=mariadb needs TEST_MARIADB_URL (mariadb://user:pass@host:port)');
    const name = `t_${randomBytes(6).toString('hex')}`;
    const conn = await mysql.createConnection(server.replace(/^mariadb:/, 'mysql:'));
    await conn.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await conn.end();
    return {
      url: `${server.replace(/\/$/, '')}/${name}`,
      async drop() {
        const c = await mysql.createConnection(server.replace(/^mariadb:/, 'mysql:'));
        await c.query(`DROP DATABASE IF EXISTS \`${name}\``);
        await c.end();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gig-test-'));
  return {
    url: `sqlite:${path.join(dir, 'test.sqlite')}`,
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** A JSON body as the tests read it: loosely, field by field (pass a type argument to check it instead). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a loose body is the point here
export type LooseBody = any;

export interface ApiResponse<T = LooseBody> {
  status: number;
  headers: Headers;
  body: T;
}

export interface TestApp {
  app: FastifyInstance;
  config: Config;
  base: string;
  fakes: Fakes;
  /** Everything the server logged, as text: for checks that personal data never reaches it. */
  logs(): string;
  api<T = LooseBody>(
    method: string,
    url: string,
    opts?: { body?: unknown; token?: string; headers?: Record<string, string> },
  ): Promise<ApiResponse<T>>;
  station(over?: Partial<StationCreateBody> & { parentCode?: string }): Promise<StationEntity>;
  staff(
    role: StaffRole,
    station: StationEntity | null,
    over?: { username?: string; password?: string },
  ): Promise<StaffUserEntity & { password: string }>;
  signIn(username: string, password: string): Promise<TokenPair>;
  /** Posts one file as multipart `file` (with optional text fields before it). */
  upload(
    url: string,
    token: string,
    bytes: Buffer,
    name: string,
    fields?: Record<string, string>,
  ): Promise<ApiResponse>;
  close(): Promise<void>;
}

let seq = 0;
export const STAFF_PASSWORD = 'Test-pass-2026';

/**
 * Boots the whole application as production does (same buildServer, same ajv options), listening
 * on a real port, on a fresh database, with WeChat and the SMS gateway faked at the HTTP boundary.
 */
export async function startApp(
  env: Record<string, string> = {},
  opts: { beforeReady?: (app: FastifyInstance) => void } = {},
): Promise<TestApp> {
  const db = await freshDatabase();
  const uploads = fs.mkdtempSync(path.join(os.tmpdir(), 'gig-uploads-'));
  const fakes = await startFakes();
  const logStream = new PassThrough();
  const logChunks: string[] = [];
  logStream.on('data', (c) => logChunks.push(String(c)));
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'trace',
    DATABASE_URL: db.url,
    DEMO_SEED: 'false',
    // Test worlds file many claims as one worker; the daily limit has its own test.
    CLAIMS_PER_WORKER_PER_DAY: '10000',
    PORT: '0',
    PUBLIC_BASE_URL: 'https://mediate.example.cn',
    JWT_SECRET: randomBytes(32).toString('hex'),
    DATA_KEY: randomBytes(32).toString('base64'),
    WECHAT_APPID: FAKE_APPID,
    WECHAT_SECRET: FAKE_SECRET,
    WECHAT_API_BASE: fakes.wechatBase,
    SMS_PROVIDER: 'http',
    SMS_HTTP_URL: fakes.smsUrl,
    SMS_HTTP_TOKEN: FAKE_SMS_TOKEN,
    SIGNIN_RATE_LIMIT_PER_MINUTE: '1000',
    UPLOAD_DIR: uploads,
    // Tests run the outbox dispatcher and the reminder sweep themselves (services.dispatcher.runOnce, services.reminders.sweep).
    NOTIFY_DISPATCH_INTERVAL_MS: '0',
    MAINTENANCE_SWEEP_MINUTES: '0',
    ...env,
  });
  const app = await buildServer(config, { logStream });
  opts.beforeReady?.(app);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

  const api: TestApp['api'] = async (method, url, o = {}) => {
    const headers: Record<string, string> = { ...(o.headers ?? {}) };
    if (o.body !== undefined) headers['content-type'] ??= 'application/json';
    if (o.token) headers.authorization = `Bearer ${o.token}`;
    const res = await fetch(base + url, {
      method,
      headers,
      body: o.body === undefined ? undefined : typeof o.body === 'string' ? o.body : JSON.stringify(o.body),
      redirect: 'manual',
    });
    const type = res.headers.get('content-type') ?? '';
    const body = type.includes('json')
      ? await res.json()
      : type.startsWith('image/png')
        ? Buffer.from(await res.arrayBuffer())
        : await res.text();
    return { status: res.status, headers: res.headers, body };
  };

  const t: TestApp = {
    app,
    config,
    base,
    fakes,
    logs: () => logChunks.join(''),
    api,
    async station(over = {}) {
      const { parentCode, ...rest } = over;
      const repo = app.db.getRepository(StationEntity);
      const parentId = parentCode ? (await repo.findOneByOrFail({ code: parentCode })).id : (rest.parentId ?? null);
      const n = ++seq;
      const row = repo.create({
        code: rest.code ?? `ST-${n}`,
        name: rest.name ?? `测试调解站${n}`,
        nameEn: rest.nameEn ?? null,
        kind: rest.kind ?? 'government',
        industries: rest.industries ?? [],
        mediationTypes: rest.mediationTypes ?? ['people'],
        areaCode: rest.areaCode ?? '330302',
        parentId,
        address: rest.address ?? '温州市鹿城区测试路1号',
        hours: rest.hours ?? '9:00-17:00',
        phone: rest.phone ?? '0577-88880000',
        lat: rest.location?.lat ?? null,
        lng: rest.location?.lng ?? null,
        active: rest.active ?? true,
        organisation: rest.organisation ?? null,
        creditCode: rest.creditCode ?? null,
      });
      return repo.save(row);
    },
    async staff(role, station, over = {}) {
      const password = over.password ?? STAFF_PASSWORD;
      const repo = app.db.getRepository(StaffUserEntity);
      const user = await repo.save(
        repo.create({
          username: over.username ?? `${role}.${++seq}`,
          displayName: `${role} ${seq}`,
          role,
          stationId: station?.id ?? null,
          passwordHash: await hashPassword(password),
          failedLogins: 0,
          lockedUntil: null,
          disabled: false,
          lastLoginAt: null,
        }),
      );
      return Object.assign(user, { password });
    },
    async signIn(username, password) {
      const res = await api<TokenPair>('POST', '/api/auth/staff/login', { body: { username, password } });
      if (res.status !== 200)
        throw new Error(`sign-in failed for ${username}: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body;
    },
    async upload(url, token, bytes, name, fields = {}) {
      const form = new FormData();
      for (const [k, v] of Object.entries(fields)) form.append(k, v);
      form.append('file', new Blob([new Uint8Array(bytes)]), name);
      const res = await fetch(base + url, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: form,
      });
      return { status: res.status, headers: res.headers, body: await res.json() };
    },
    async close() {
      await app.close();
      await fakes.close();
      await db.drop();
      fs.rmSync(uploads, { recursive: true, force: true });
    },
  };
  return t;
}

/** Signs a worker in by phone through the real SMS flow (fake gateway), returning the session. */
export async function signInWorker(t: TestApp, phone = '13812345678'): Promise<TokenPair & { user: Principal }> {
  const sent = await t.api('POST', '/api/auth/otp/request', { body: { phone } });
  if (sent.status !== 200) throw new Error(`otp request failed: ${JSON.stringify(sent.body)}`);
  const res = await t.api('POST', '/api/auth/otp/verify', { body: { phone, code: t.fakes.lastCodeFor(phone) } });
  if (res.status !== 200) throw new Error(`otp verify failed: ${JSON.stringify(res.body)}`);
  return res.body;
}
