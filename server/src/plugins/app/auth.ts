import fp from 'fastify-plugin';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { STAFF_ROLES, type Principal, type StaffRole } from '@gig/shared';
import { AppError } from '../../errors';
import { stationScope } from '../../services/stations';

/**
 * Bearer access tokens. `fastify.authenticate` checks the token (signature, `exp`), that its
 * session is live (not signed out, not ended by a password change or reset or by disabling the
 * account: TokenService.assertLive, cached briefly per process) and loads the principal (a
 * disabled account is refused at once, not at token expiry); `fastify.requireStaff(roles?)` also
 * checks the role; both are preHandlers. `request.scope()` gives the stations this staff member may act for.
 */
export default fp(
  async (fastify) => {
    fastify.decorateRequest('principal', null);

    const authenticate = async (req: FastifyRequest) => {
      const header = req.headers.authorization;
      if (!header?.startsWith('Bearer ')) throw new AppError('UNAUTHENTICATED');
      const claims = fastify.services.tokens.verifyAccess(header.slice('Bearer '.length).trim());
      const principal = await fastify.services.users.of(claims);
      if (!principal) throw new AppError('UNAUTHENTICATED');
      req.principal = principal;
    };

    fastify.decorate('authenticate', authenticate);
    fastify.decorate(
      'requireStaff',
      (roles: readonly StaffRole[] = STAFF_ROLES) =>
        async (req: FastifyRequest, _reply: FastifyReply) => {
          await authenticate(req);
          if (!roles.includes(req.principal!.role as StaffRole)) throw new AppError('FORBIDDEN');
          // A respondent reached by text has that one case on the staff API, and nothing else.
          const only = req.principal!.caseId;
          if (
            only &&
            !(req.routeOptions.url?.startsWith('/api/admin/cases/:id') && (req.params as { id?: string }).id === only)
          )
            throw new AppError('FORBIDDEN');
        },
    );
    fastify.decorate('requireWorker', async (req: FastifyRequest) => {
      await authenticate(req);
      if (req.principal!.role !== 'worker') throw new AppError('FORBIDDEN');
    });
    fastify.decorateRequest('scope', async function (this: FastifyRequest) {
      if (!this.principal) throw new AppError('UNAUTHENTICATED');
      return stationScope(fastify.db, this.principal);
    });
  },
  { name: 'auth', dependencies: ['services'] },
);

declare module 'fastify' {
  interface FastifyInstance {
    authenticate: (req: FastifyRequest) => Promise<void>;
    requireStaff: (roles?: readonly StaffRole[]) => (req: FastifyRequest, reply: FastifyReply) => Promise<void>;
    requireWorker: (req: FastifyRequest) => Promise<void>;
  }
  interface FastifyRequest {
    principal: Principal | null;
    scope: () => Promise<'all' | Set<string>>;
  }
}
