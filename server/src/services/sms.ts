import { maskPhone } from '@gig/shared';
import { AppError } from '../errors';

/** Sends the sign-in code. Pluggable: the provider is chosen by SMS_PROVIDER. */
export interface SmsSender {
  sendLoginCode(phone: string, code: string, ttlMinutes: number): Promise<void>;
}

/**
 * Development sender: writes the code to the server's standard output, outside the structured
 * log (pino logs never carry codes). Refused by config when NODE_ENV=production.
 */
export class ConsoleSmsSender implements SmsSender {
  constructor(private readonly out: (line: string) => void = (l) => process.stdout.write(`${l}\n`)) {}
  async sendLoginCode(phone: string, code: string, ttlMinutes: number): Promise<void> {
    this.out(`[dev-sms] sign-in code for ${maskPhone(phone)}: ${code} (valid ${ttlMinutes} min; development sender, no SMS sent)`);
  }
}

/**
 * Posts to an SMS gateway over HTTP: `POST SMS_HTTP_URL` with `Authorization: Bearer SMS_HTTP_TOKEN`
 * and `{ "phone", "template": "login_code", "params": { "code", "minutes" } }`; any 2xx is success.
 * A gateway in front of the carrier's own API (Aliyun, Tencent Cloud…) owns signing and templates.
 */
export class HttpSmsSender implements SmsSender {
  constructor(private readonly opts: { url: string; token: string; timeoutMs: number }) {}
  async sendLoginCode(phone: string, code: string, ttlMinutes: number): Promise<void> {
    let res: Response;
    try {
      res = await fetch(this.opts.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${this.opts.token}` },
        body: JSON.stringify({ phone, template: 'login_code', params: { code, minutes: ttlMinutes } }),
        signal: AbortSignal.timeout(this.opts.timeoutMs),
      });
    } catch {
      throw new AppError('UPSTREAM_UNAVAILABLE', { details: { upstream: 'sms' } });
    }
    if (!res.ok) throw new AppError('UPSTREAM_UNAVAILABLE', { details: { upstream: 'sms', status: res.status } });
  }
}
