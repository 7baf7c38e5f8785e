import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import S3rver from 's3rver';

/** The local S3 server's credentials (s3rver accepts these). */
export const S3_KEY = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

/**
 * A real S3-compatible server (s3rver) on a free port with the bucket `evidence` in a fresh
 * directory, and the environment that points the app at it (STORAGE=s3).
 */
export async function startS3(prefix: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const s3 = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: dir,
    configureBuckets: [{ name: 'evidence' }],
  });
  const endpoint = `http://127.0.0.1:${((await s3.run()) as AddressInfo).port}`;
  return {
    dir,
    endpoint,
    env: {
      STORAGE: 's3',
      S3_ENDPOINT: endpoint,
      S3_BUCKET: 'evidence',
      S3_ACCESS_KEY_ID: S3_KEY.accessKeyId,
      S3_SECRET_ACCESS_KEY: S3_KEY.secretAccessKey,
      S3_REGION: 'us-east-1',
    },
    async close() {
      await s3.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
