import { AppError } from '@gig/server/errors';
import { withWriteRetry } from '@gig/server/services/db-retry';

/** How TypeORM wraps a driver error: the code is on `driverError`. */
const driverError = (code: string) => Object.assign(new Error(code), { driverError: { code } });

/**
 * A write that the database gave up as a deadlock victim (or that a Galera node refused at commit,
 * which MariaDB reports as the same ER_LOCK_DEADLOCK) runs again; other errors do not.
 */
describe('writes run again after a deadlock or a certification conflict', () => {
  it('a write refused twice succeeds on its third run', async () => {
    let runs = 0;
    const result = await withWriteRetry(async () => {
      if (++runs < 3) throw driverError('ER_LOCK_DEADLOCK');
      return 'committed';
    });
    expect(result).toBe('committed');
    expect(runs).toBe(3);
  });

  it("TiDB's write conflict (9007) runs again too; a lock wait timeout, which already waited, does not", async () => {
    let runs = 0;
    const conflict = Object.assign(new Error('Write conflict'), { driverError: { errno: 9007 } });
    await expect(
      withWriteRetry(async () => {
        if (++runs < 2) throw conflict;
        return runs;
      }),
    ).resolves.toBe(2);
    runs = 0;
    await expect(
      withWriteRetry(async () => {
        runs++;
        throw driverError('ER_LOCK_WAIT_TIMEOUT');
      }),
    ).rejects.toThrow('ER_LOCK_WAIT_TIMEOUT');
    expect(runs).toBe(1);
  });

  it('any other error is thrown at once', async () => {
    let runs = 0;
    const failing = withWriteRetry(async () => {
      runs++;
      throw driverError('ER_DUP_ENTRY');
    });
    await expect(failing).rejects.toThrow('ER_DUP_ENTRY');
    expect(runs).toBe(1);
  });

  it('a write refused every time ends as a 503 with Retry-After, which clients retry', async () => {
    let runs = 0;
    const failing = withWriteRetry(async () => {
      runs++;
      throw driverError('ER_LOCK_DEADLOCK');
    }, 3);
    const err = await failing.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      statusCode: 503,
      extra: { headers: { 'retry-after': '1' } },
    });
    expect(runs).toBe(3);
  });
});
