import 'reflect-metadata';
import closeWithGrace from 'close-with-grace';
import { loadConfig } from './config';
import { buildServer } from './server';

async function main() {
  const config = loadConfig(process.env, { dotenv: true });
  const app = await buildServer(config);
  closeWithGrace({ delay: 10_000 }, async ({ err, signal }) => {
    if (err) app.log.error({ err }, 'closing after an error');
    else app.log.info({ signal }, 'closing');
    await app.close();
  });
  await app.listen({ host: config.HOST, port: config.PORT });
  const base = config.PUBLIC_BASE_URL;
  const lines = [
    '',
    '  Gig-worker labour-dispute service is running',
    `  API            ${base}/api`,
    `  API docs       ${base}/docs`,
    `  Staff (admin)  ${base}/admin/`,
    `  Worker (H5)    ${base}/app/`,
    `  Station QR     ${base}/s/<station code>   e.g. ${base}/s/WZ-COURIER`,
    `  Health         ${base}/healthz`,
    `  Database       ${config.DATABASE_URL.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@')}`,
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
