import { randomBytes } from 'node:crypto';
import { IsNull, LessThan, type DataSource, type EntityManager } from 'typeorm';
import { maskPhone, type TokenPair } from '@gig/shared';
import { RespondentInviteEntity, type CaseEntity } from '../entities';
import { AppError } from '../errors';
import type { DataProtector } from '../adapters/crypto';
import type { SmsSender } from '../adapters/sms';
import type { AuthService, RequestContext } from './auth';
import { withWriteRetry } from './db-retry';

/** How long a texted link works: the outlet's time and then some, for the mediation it is party to. */
const INVITE_DAYS = 30;

/**
 * The respondent the station dispatched a case to whose outlet has no account: texted a link
 * (PUBLIC_BASE_URL/r/<token>); with a code sent to the same phone it gets a session for that one
 * case, as the outlet's respondent (the access rules are the outlet manager's, narrowed to it).
 */
export class RespondentAccess {
  constructor(
    private readonly ds: DataSource,
    private readonly protector: DataProtector,
    private readonly auth: AuthService,
    private readonly sms: SmsSender,
    private readonly opts: { publicBaseUrl: string; maxAttempts: number },
  ) {}

  /** In the dispatch's transaction: the invite, texted by the next `sendPending` round. */
  static async invite(
    em: EntityManager,
    protector: DataProtector,
    c: Pick<CaseEntity, 'id' | 'number'>,
    i: { outletId: string; phone: string; answerBy: string },
  ): Promise<void> {
    const token = randomBytes(24).toString('base64url');
    await em.save(
      em.create(RespondentInviteEntity, {
        caseId: c.id,
        caseNumber: c.number,
        outletId: i.outletId,
        tokenHash: protector.lookupHash('respondent-token', token),
        tokenEnc: protector.encrypt(token),
        phoneEnc: protector.encrypt(i.phone),
        answerBy: i.answerBy,
        expiresAt: new Date(Date.now() + INVITE_DAYS * 86_400_000),
        smsStatus: 'pending',
        smsAttempts: 0,
        revokedAt: null,
      }),
    );
  }

  private async byToken(token: string): Promise<RespondentInviteEntity> {
    const row = await this.ds
      .getRepository(RespondentInviteEntity)
      .findOneBy({ tokenHash: this.protector.lookupHash('respondent-token', token) });
    if (!row || row.revokedAt || row.expiresAt.getTime() <= Date.now()) throw new AppError('INVITE_INVALID');
    return row;
  }

  /** Texts a sign-in code to the invite's phone (the worker's limits on codes apply). */
  async requestCode(token: string, ctx: RequestContext) {
    const row = await this.byToken(token);
    const phone = this.protector.decrypt(row.phoneEnc);
    const sent = await this.auth.requestOtp(phone, ctx);
    return { ...sent, phoneMasked: maskPhone(phone), caseNumber: row.caseNumber };
  }

  async session(token: string, code: string): Promise<TokenPair & { caseId: string }> {
    const row = await this.byToken(token);
    const pair = await this.auth.signInWithCode(this.protector.decrypt(row.phoneEnc), code, async () => ({
      type: 'respondent',
      id: row.id,
    }));
    return { ...pair, caseId: row.caseId };
  }

  /** Texts the pending invites (the notify job's cadence); a failed text is retried, then given up. */
  async sendPending(): Promise<number> {
    const repo = this.ds.getRepository(RespondentInviteEntity);
    const due = await repo.find({
      where: { smsStatus: 'pending', smsAttempts: LessThan(this.opts.maxAttempts), revokedAt: IsNull() },
      order: { createdAt: 'ASC' },
      take: 50,
    });
    let sent = 0;
    for (const row of due) {
      // Claim this attempt first: of the processes that read the row, only the one whose
      // conditional update moves the count on sends (the others skip it).
      const attempts = row.smsAttempts + 1;
      const claim = await withWriteRetry(() =>
        repo.update({ id: row.id, smsStatus: 'pending', smsAttempts: row.smsAttempts }, { smsAttempts: attempts }),
      );
      if (!claim.affected) continue;
      const link = `${this.opts.publicBaseUrl}/r/${this.protector.decrypt(row.tokenEnc)}`;
      try {
        await this.sms.sendNotice(
          this.protector.decrypt(row.phoneEnc),
          {
            caseNumber: row.caseNumber,
            kind: 'respondent_invite',
            title: '劳动争议案件待您答复',
            text: `调解站把劳动争议案件${row.caseNumber}交给贵单位协商，请在${row.answerBy}前打开 ${link} ，输入本手机收到的验证码后查看并答复。`,
          },
          row.id,
        );
        await repo.update({ id: row.id }, { smsStatus: 'sent' });
        sent++;
      } catch {
        await repo.update({ id: row.id }, { smsStatus: attempts >= this.opts.maxAttempts ? 'failed' : 'pending' });
      }
    }
    return sent;
  }
}
