import type { FastifyInstance } from 'fastify';
import { ACTIONS, ROUTES, STAFF_ACTIONS, WORKER_ACTIONS, type ActionBody, type CaseAction } from '@gig/shared';
import { schemaOf } from './schemas';

/**
 * One route per action, from the shared actions table: `POST …/:id/actions/<action>` (the route
 * table's `cases.act` / `admin.cases.act`) with that action's body schema and summary. The staff
 * API takes the actions some staff role may take, the worker API the worker's. Each may carry an
 * Idempotency-Key: a retry with the same key and body answers with the case as it is and changes
 * nothing (header `Idempotent-Replayed: true`).
 */
export function registerActionRoutes(fastify: FastifyInstance, side: 'staff' | 'worker'): void {
  const { cases } = fastify.services;
  const spec = side === 'staff' ? ROUTES['admin.cases.act'] : ROUTES['cases.act'];
  for (const action of side === 'staff' ? STAFF_ACTIONS : WORKER_ACTIONS) {
    const { params: _params, ...schema } = schemaOf(spec, ACTIONS[action].body);
    fastify.post<{ Params: { id: string }; Body: ActionBody<CaseAction>; Headers: { 'idempotency-key'?: string } }>(
      `/:id/actions/${action}`,
      {
        schema: {
          ...schema,
          params: spec.params.properties.id
            ? { type: 'object', properties: { id: spec.params.properties.id }, required: ['id'] }
            : undefined,
          summary: ACTIONS[action].summary,
          description:
            'A forbidden action is a 403 (not yours) or a 409 naming the current status and the actions allowed now, and changes nothing.',
        },
      },
      async (req, reply) => {
        const actor = { principal: req.principal!, requestId: req.id };
        const done = await cases.transitions.act(
          actor,
          req.params.id,
          action,
          req.body,
          req.headers['idempotency-key'] ?? null,
        );
        if (done.replayed) reply.header('idempotent-replayed', 'true');
        // After a transfer the case may be out of this user's reach; they still get the answer to their act.
        return cases.views.view(await cases.reach.reload(done.id), req.principal!);
      },
    );
  }
}
