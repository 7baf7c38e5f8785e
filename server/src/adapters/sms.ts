import { maskPhone } from '@gig/shared';
import { AppError } from '../errors';

export interface NoticeParams {
  caseNumber: string;
  kind: string;
  title: string;
  text: string;
}

/** Sends texts: sign-in codes and case notifications. Pluggable: the provider is chosen by SMS_PROVIDER. */
export interface SmsSender {
  sendLoginCode(phone: string, code: string, ttlMinutes: number): Promise<void>;
  /**
   * A case notification (template "case_update"). `messageId` is the same on every attempt at one
   * message (the notification's id), so a gateway can drop a repeat. Throws AppError
   * UPSTREAM_UNAVAILABLE with `details.status` on failure.
   */
  sendNotice(phone: string, params: NoticeParams, messageId?: string): Promise<void>;
}

/**
 * Development sender: writes the code to the server's standard output, outside the structured
 * log (pino logs never carry codes). Refused by config when NODE_ENV=production.
 */
export class ConsoleSmsSender implements SmsSender {
  constructor(private readonly out: (line: string) => void = (l) => process.stdout.write(`${l}\n`)) {}
  async sendLoginCode(phone: string, code: string, ttlMinutes: number): Promise<void> {
    this.out(
      `[dev-sms] sign-in code for ${maskPhone(phone)}: ${code} (valid ${ttlMinutes} min; development sender, no SMS sent)`,
    );
  }
  async sendNotice(phone: string, params: { caseNumber: string; title: string }): Promise<void> {
    this.out(
      `[dev-sms] to ${maskPhone(phone)}: ${params.title} (${params.caseNumber}; development sender, no SMS sent)`,
    );
  }
}

/**
 * Posts to an SMS gateway over HTTP: `POST SMS_HTTP_URL` with `Authorization: Bearer SMS_HTTP_TOKEN`
 * and `{ "phone", "template", "params" }`: template `login_code` with `{code, minutes}`, or `case_update`
 * with `{caseNumber, kind, title, text}` and `"id"` (also as the `Idempotency-Key` header): the
 * message's id, the same on every attempt, so that a gateway drops a repeat (the outbox delivers at
 * least once: a process killed after sending and before recording it leaves it to be sent again);
 * any 2xx is success.
 * A gateway in front of the carrier's own API (Aliyun, Tencent Cloud…) owns signing and templates.
 */
export class HttpSmsSender implements SmsSender {
  constructor(private readonly opts: { url: string; token: string; timeoutMs: number }) {}
  sendLoginCode(phone: string, code: string, ttlMinutes: number): Promise<void> {
    return this.post(phone, 'login_code', { code, minutes: ttlMinutes });
  }

  sendNotice(phone: string, params: NoticeParams, messageId?: string): Promise<void> {
    return this.post(phone, 'case_update', { ...params }, messageId);
  }

  private async post(
    phone: string,
    template: string,
    params: Record<string, string | number>,
    id?: string,
  ): Promise<void> {
    let res: Response;
    try {
      res = await fetch(this.opts.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${this.opts.token}`,
          ...(id ? { 'idempotency-key': id } : {}),
        },
        body: JSON.stringify({ phone, template, params, ...(id ? { id } : {}) }),
        signal: AbortSignal.timeout(this.opts.timeoutMs),
      });
    } catch {
      throw new AppError('UPSTREAM_UNAVAILABLE', { details: { upstream: 'sms' } });
    }
    if (!res.ok) throw new AppError('UPSTREAM_UNAVAILABLE', { details: { upstream: 'sms', status: res.status } });
  }
}
