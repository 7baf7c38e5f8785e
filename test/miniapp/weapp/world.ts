import { startApi, type ApiServer } from './server';

/**
 * The small world the WeChat build's tests meet: the real API (./server) with the city centre and
 * the courier association's station, a mediator there, and workers signed in by SMS code.
 */
export interface World {
  api: ApiServer;
  courier: { id: string; code: string; name: string };
  mediator(): Promise<string>;
  /** A worker's session (the real SMS sign-in), as the app keeps it in WeChat storage. */
  worker(phone: string): Promise<{ accessToken: string; refreshToken: string; user: { id: string } }>;
  /** WeChat storage holding that session (the app's key and shape). */
  signedIn(session: object, more?: Record<string, unknown>): Map<string, string>;
}

export const COURIER_NAME = '温州市快递行业协会调解站';

export async function startWorld(): Promise<World> {
  const api = await startApi();
  const centre = await api.station({ code: 'WZ-CENTRE', kind: 'government', areaCode: '330300' });
  const courier = await api.station({
    code: 'WZ-COURIER',
    name: COURIER_NAME,
    kind: 'association',
    industries: ['courier'],
    areaCode: '330300',
    parentId: centre.id,
  });
  let mediatorToken: string | null = null;
  return {
    api,
    courier,
    async mediator() {
      if (!mediatorToken) {
        const staff = await api.staff('mediator', courier);
        mediatorToken = (await api.signIn(staff.username, staff.password)).accessToken;
      }
      return mediatorToken;
    },
    async worker(phone) {
      const sent = await api.api('POST', '/api/auth/otp/request', { body: { phone } });
      if (sent.status !== 200) throw new Error(`otp request: ${sent.status} ${JSON.stringify(sent.body)}`);
      const res = await api.api('POST', '/api/auth/otp/verify', {
        body: { phone, code: api.fakes.lastCodeFor(phone) },
      });
      if (res.status !== 200) throw new Error(`otp verify: ${JSON.stringify(res.body)}`);
      return res.body;
    },
    signedIn(session, more = {}) {
      const s = session as { accessToken: string; refreshToken: string; user: unknown };
      const storage = new Map<string, string>([
        ['gig.session', JSON.stringify({ accessToken: s.accessToken, refreshToken: s.refreshToken, user: s.user })],
      ]);
      for (const [k, v] of Object.entries(more)) storage.set(k, JSON.stringify(v));
      return storage;
    },
  };
}
