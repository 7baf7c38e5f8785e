import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  ChangePasswordBody,
  OtpRequestBody,
  OtpRequestResponse,
  OtpVerifyBody,
  Principal,
  RefreshBody,
  StaffLoginBody,
  TokenPair,
  WechatLoginBody,
} from '@gig/shared';
import { BEARER, ERROR_RESPONSES } from '../../schemas';

/** Sign-in for workers and staff, and the session lifecycle. Every sign-in route is rate-limited per IP. */
const authRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  const { auth } = fastify.services;
  const ctx = (req: { ip: string; id: string }) => ({ ip: req.ip, requestId: req.id });
  const perMinute = fastify.config.SIGNIN_RATE_LIMIT_PER_MINUTE;
  const limit = (max: number) => ({ rateLimit: { max, timeWindow: '1 minute' } });

  fastify.post(
    '/wechat',
    {
      config: limit(2 * perMinute),
      schema: { tags: ['auth'], summary: 'Worker sign-in with the code from wx.login()', body: WechatLoginBody, response: { 200: TokenPair, ...ERROR_RESPONSES } },
    },
    async (req) => auth.wechatLogin(req.body.code, ctx(req)),
  );

  fastify.post(
    '/otp/request',
    {
      config: limit(perMinute),
      schema: {
        tags: ['auth'],
        summary: 'Send a 6-digit sign-in code by SMS (valid 5 minutes; limited per phone and per IP)',
        body: OtpRequestBody,
        response: { 200: OtpRequestResponse, ...ERROR_RESPONSES },
      },
    },
    async (req) => auth.requestOtp(req.body.phone, ctx(req)),
  );

  fastify.post(
    '/otp/verify',
    {
      config: limit(2 * perMinute),
      schema: { tags: ['auth'], summary: 'Worker sign-in with phone and SMS code', body: OtpVerifyBody, response: { 200: TokenPair, ...ERROR_RESPONSES } },
    },
    async (req) => auth.verifyOtp(req.body.phone, req.body.code, ctx(req)),
  );

  fastify.post(
    '/staff/login',
    {
      config: limit(perMinute),
      schema: {
        tags: ['auth'],
        summary: 'Staff sign-in; 5 wrong passwords lock the account for 15 minutes',
        body: StaffLoginBody,
        response: { 200: TokenPair, ...ERROR_RESPONSES },
      },
    },
    async (req) => auth.staffLogin(req.body.username, req.body.password, ctx(req)),
  );

  fastify.post(
    '/refresh',
    {
      config: limit(6 * perMinute),
      schema: {
        tags: ['auth'],
        summary: 'Trade a refresh token for a new pair; each refresh token works once',
        body: RefreshBody,
        response: { 200: TokenPair, ...ERROR_RESPONSES },
      },
    },
    async (req) => auth.refresh(req.body.refreshToken),
  );

  fastify.post(
    '/logout',
    { schema: { tags: ['auth'], summary: 'End this session (revokes its refresh tokens)', body: RefreshBody, response: { 204: Type.Null(), ...ERROR_RESPONSES } } },
    async (req, reply) => {
      await auth.logout(req.body.refreshToken);
      return reply.code(204).send(null);
    },
  );

  fastify.get(
    '/me',
    { onRequest: [fastify.authenticate], schema: { tags: ['auth'], summary: 'The signed-in user', security: BEARER, response: { 200: Principal, ...ERROR_RESPONSES } } },
    async (req) => req.principal!,
  );

  fastify.post(
    '/staff/password',
    {
      onRequest: [fastify.requireStaff()],
      config: limit(perMinute),
      schema: {
        tags: ['auth'],
        summary: 'Change your own password; ends your other sessions',
        security: BEARER,
        body: ChangePasswordBody,
        response: { 204: Type.Null(), ...ERROR_RESPONSES },
      },
    },
    async (req, reply) => {
      await auth.changeStaffPassword(req.principal!.id, req.body.currentPassword, req.body.newPassword, ctx(req));
      return reply.code(204).send(null);
    },
  );
};
export default authRoutes;
