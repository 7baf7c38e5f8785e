import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Id, InboxPage, InboxQuery } from '@gig/shared';
import { BEARER, ERROR_RESPONSES } from '../../schemas';
import { localeOf } from '../../../plugins/app/errors';

/** The worker's in-app inbox: every notification lands here, whatever happens on WeChat or SMS. */
const inbox: FastifyPluginAsyncTypebox = async (fastify) => {
  const { notifications } = fastify.services;
  fastify.addHook('onRequest', fastify.requireWorker);
  const Ok = Type.Object({ ok: Type.Literal(true) });

  fastify.get(
    '/',
    { schema: { tags: ['inbox'], summary: 'My notifications, newest first, in the Accept-Language language, with the unread count', security: BEARER, querystring: InboxQuery, response: { 200: InboxPage, ...ERROR_RESPONSES } } },
    async (req) => notifications.inbox(req.principal!.id, localeOf(req), req.query),
  );

  fastify.post(
    '/:id/read',
    { schema: { tags: ['inbox'], summary: 'Mark one notification read (repeating it changes nothing)', security: BEARER, params: Type.Object({ id: Id }), response: { 200: Ok, ...ERROR_RESPONSES } } },
    async (req) => {
      await notifications.markRead(req.principal!.id, req.params.id);
      return { ok: true as const };
    },
  );

  fastify.post(
    '/read-all',
    { schema: { tags: ['inbox'], summary: 'Mark every notification read', security: BEARER, response: { 200: Ok, ...ERROR_RESPONSES } } },
    async (req) => {
      await notifications.markRead(req.principal!.id);
      return { ok: true as const };
    },
  );
};
export default inbox;
