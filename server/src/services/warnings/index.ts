import type { DataSource } from 'typeorm';
import type { Principal, RespondentQuery, WarningList, WarningQuery } from '@gig/shared';
import type { DataProtector } from '../../adapters/crypto';
import type { SmsSender } from '../../adapters/sms';
import type { CaseService } from '../cases';
import type { StationDirectory } from '../station-directory';
import { listWarnings, type WarningRules } from './list';
import { WarningRaiser } from './raise';
import { respondentPage } from './respondent';

export type { WarningRules } from './list';

/**
 * Early warning (product.md step 8): a cluster of claims against one respondent in a short time,
 * before it becomes a mass incident. The listing and the respondent page within the staff
 * member's reach; the raiser, on the maintenance timer, tells the supervisors once.
 */
export class EarlyWarnings {
  readonly raiser: WarningRaiser;

  constructor(
    private readonly ds: DataSource,
    private readonly cases: CaseService,
    private readonly stations: StationDirectory,
    protector: DataProtector,
    sms: SmsSender,
    private readonly rules: WarningRules,
    maxAttempts: number,
  ) {
    this.raiser = new WarningRaiser(ds, protector, sms, rules, maxAttempts);
  }

  list(p: Principal, q: WarningQuery = {}, now = new Date()): Promise<WarningList> {
    const rules = {
      days: q.days ?? this.rules.days,
      minCases: q.minCases ?? this.rules.minCases,
      limit: q.limit ?? 10,
    };
    return listWarnings(this.ds, this.cases, p, rules, now, async (id) => {
      const s = await this.stations.byId(id);
      return s?.code ?? null;
    });
  }

  respondent(p: Principal, key: string, q: RespondentQuery) {
    return respondentPage(this.ds, this.cases, p, key, q);
  }

  /** One round of the job: raise what is due, text what is not yet sent. */
  sweep(now = new Date()) {
    return this.raiser.sweep(now);
  }
}
