import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ROUTES } from '@gig/shared';
import { schemaOf, urlIn } from '../../schemas';

/** Sign-in for workers and staff, and the session lifecycle. Every sign-in route is rate-limited per IP. */
const authRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  const { auth } = fastify.services;
  const ctx = (req: { ip: string; id: string }) => ({ ip: req.ip, requestId: req.id });
  const perMinute = fastify.config.SIGNIN_RATE_LIMIT_PER_MINUTE;
  const limit = (max: number) => ({ rateLimit: { max, timeWindow: '1 minute' } });

  const wechat = ROUTES['auth.wechat'];
  fastify.post(urlIn(fastify, wechat), { config: limit(2 * perMinute), schema: schemaOf(wechat) }, async (req) =>
    auth.wechatLogin(req.body.code, ctx(req)),
  );

  const otp = ROUTES['auth.otpRequest'];
  fastify.post(urlIn(fastify, otp), { config: limit(perMinute), schema: schemaOf(otp) }, async (req) =>
    auth.requestOtp(req.body.phone, ctx(req)),
  );

  const verify = ROUTES['auth.otpVerify'];
  fastify.post(urlIn(fastify, verify), { config: limit(2 * perMinute), schema: schemaOf(verify) }, async (req) =>
    auth.verifyOtp(req.body.phone, req.body.code, ctx(req)),
  );

  const { respondents } = fastify.services;
  const invited = ROUTES['auth.respondentCode'];
  fastify.post(urlIn(fastify, invited), { config: limit(perMinute), schema: schemaOf(invited) }, async (req) =>
    respondents.requestCode(req.body.token, ctx(req)),
  );
  const session = ROUTES['auth.respondentSession'];
  fastify.post(urlIn(fastify, session), { config: limit(2 * perMinute), schema: schemaOf(session) }, async (req) =>
    respondents.session(req.body.token, req.body.code),
  );

  const staff = ROUTES['auth.staffLogin'];
  fastify.post(urlIn(fastify, staff), { config: limit(perMinute), schema: schemaOf(staff) }, async (req) =>
    auth.staffLogin(req.body.username, req.body.password, ctx(req)),
  );

  const refresh = ROUTES['auth.refresh'];
  fastify.post(urlIn(fastify, refresh), { config: limit(6 * perMinute), schema: schemaOf(refresh) }, async (req) =>
    auth.refresh(req.body.refreshToken),
  );

  const logout = ROUTES['auth.logout'];
  fastify.post(urlIn(fastify, logout), { schema: schemaOf(logout) }, async (req, reply) => {
    await auth.logout(req.body.refreshToken);
    return reply.code(204).send(null);
  });

  const me = ROUTES['auth.me'];
  fastify.get(
    urlIn(fastify, me),
    { onRequest: [fastify.authenticate], schema: schemaOf(me) },
    async (req) => req.principal!,
  );

  const password = ROUTES['auth.password'];
  fastify.post(
    urlIn(fastify, password),
    { onRequest: [fastify.requireStaff()], config: limit(perMinute), schema: schemaOf(password) },
    async (req, reply) => {
      await auth.changeStaffPassword(req.principal!.id, req.body.currentPassword, req.body.newPassword, ctx(req));
      return reply.code(204).send(null);
    },
  );
};
export default authRoutes;
