import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ROUTES } from '@gig/shared';
import { schemaOf, urlIn } from '../../../schemas';

/** The worker's phone from WeChat: the getPhoneNumber button's code, exchanged by the server. */
const phone: FastifyPluginAsyncTypebox = async (fastify) => {
  const { profiles } = fastify.services;
  fastify.addHook('onRequest', fastify.requireWorker);

  const wechat = ROUTES['me.phoneWechat'];
  fastify.post(urlIn(fastify, wechat), { schema: schemaOf(wechat) }, async (req) =>
    profiles.bindWechatPhone(req.principal!.id, req.body.code, { requestId: req.id, ip: req.ip }),
  );
};
export default phone;
