import type { DataSource } from 'typeorm';
import { profileProblems, type ProfileUpdateBody, type WorkerProfile } from '@gig/shared';
import { WorkerEntity, WorkerProfileEntity } from '../entities';
import type { DataProtector } from '../adapters/crypto';
import type { WechatPhoneClient } from '../adapters/wechat';
import { AppError } from '../errors';
import { isUniqueViolation } from './db-errors';
import { audit } from './audit';
import type { RequestContext } from './auth';

const PLAIN = ['industry', 'workMode', 'areaCode', 'employer', 'outletName', 'outletAddress'] as const;

/**
 * The worker's profile (issue 17): filled in once, every new claim starts from it. Name and ID
 * number are sealed; the phone is the one verified at sign-in (the worker row's), never typed
 * here. A change is audited by the fields it touched, never their values.
 */
export class ProfileService {
  constructor(
    private readonly ds: DataSource,
    private readonly protector: DataProtector,
    private readonly wechatPhone: Pick<WechatPhoneClient, 'phoneNumber'>,
  ) {}

  async get(workerId: string): Promise<WorkerProfile> {
    const [row, worker] = await Promise.all([
      this.ds.getRepository(WorkerProfileEntity).findOneBy({ workerId }),
      this.ds.getRepository(WorkerEntity).findOneBy({ id: workerId }),
    ]);
    return this.view(row, worker);
  }

  async update(workerId: string, body: ProfileUpdateBody, ctx: RequestContext): Promise<WorkerProfile> {
    const problems = profileProblems(body);
    if (problems.length)
      throw new AppError('VALIDATION_FAILED', { fields: problems.map((f) => ({ ...f, path: `/body${f.path}` })) });
    const seal = (v: string | null | undefined) => (v ? this.protector.encrypt(v) : null);
    await this.ds.transaction(async (em) => {
      const repo = em.getRepository(WorkerProfileEntity);
      const row = (await repo.findOneBy({ workerId })) ?? repo.create({ workerId });
      if (body.name !== undefined) row.nameEnc = seal(body.name?.trim());
      if (body.idNumber !== undefined) row.idNumberEnc = seal(body.idNumber?.toUpperCase());
      for (const k of PLAIN) if (body[k] !== undefined) row[k] = body[k]?.trim() || null;
      await repo.save(row);
      await audit(em, {
        actorType: 'worker',
        actorId: workerId,
        action: 'worker.profile_updated',
        targetType: 'worker',
        targetId: workerId,
        detail: { fields: Object.keys(body).sort() },
        requestId: ctx.requestId,
      });
    });
    return this.get(workerId);
  }

  /**
   * Sets the worker's phone to the one WeChat vouches for (the getPhoneNumber button's code), as
   * the SMS sign-in would have: encrypted, with its keyed hash. A phone another account already
   * has is refused (PHONE_IN_USE): accounts are not merged here. Audited without the number.
   */
  async bindWechatPhone(workerId: string, code: string, ctx: RequestContext): Promise<WorkerProfile> {
    const phone = await this.wechatPhone.phoneNumber(code);
    const phoneHash = this.protector.lookupHash('phone', phone);
    try {
      await this.ds.transaction(async (em) => {
        const repo = em.getRepository(WorkerEntity);
        const holder = await repo.findOneBy({ phoneHash });
        if (holder && holder.id !== workerId) throw new AppError('PHONE_IN_USE');
        await repo.update({ id: workerId }, { phoneHash, phoneEnc: this.protector.encrypt(phone) });
        await audit(em, {
          actorType: 'worker',
          actorId: workerId,
          action: 'worker.phone_verified',
          targetType: 'worker',
          targetId: workerId,
          detail: { via: 'wechat' },
          requestId: ctx.requestId,
        });
      });
    } catch (err) {
      // Another account took the same phone between the check and the update.
      if (isUniqueViolation(err)) throw new AppError('PHONE_IN_USE');
      throw err;
    }
    return this.get(workerId);
  }

  private view(row: WorkerProfileEntity | null, worker: WorkerEntity | null): WorkerProfile {
    const open = (v: string | null | undefined) => (v ? this.protector.decrypt(v) : null);
    return {
      name: open(row?.nameEnc),
      idNumber: open(row?.idNumberEnc),
      industry: (row?.industry ?? null) as WorkerProfile['industry'],
      workMode: (row?.workMode ?? null) as WorkerProfile['workMode'],
      areaCode: row?.areaCode ?? null,
      employer: row?.employer ?? null,
      outletName: row?.outletName ?? null,
      outletAddress: row?.outletAddress ?? null,
      phone: open(worker?.phoneEnc),
      updatedAt: row?.updatedAt.toISOString() ?? null,
    };
  }
}
