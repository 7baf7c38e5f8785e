import type { DataSource } from 'typeorm';
import type { ClockRules } from '@gig/shared';
import type { DataProtector } from '../../adapters/crypto';
import type { NotificationService } from '../notifications';
import type { StationService } from '../stations';
import { CaseFiling } from './filing';
import { CaseMessages } from './messages';
import { OutletClock } from './outlet-clock';
import { CasePrivacy } from './privacy';
import { CaseQueue } from './queue';
import { CaseReach } from './reach';
import { CaseTransitions } from './transition';
import { CaseViews } from './views';

/**
 * The case module, cut by capability: who may reach a case (`reach`), filing, the one transition
 * function (`transitions`, with each action's effect in effects/), views, lists, the thread, and
 * consent and reveal. Routes use the part they need.
 */
export class CaseService {
  readonly reach: CaseReach;
  readonly filing: CaseFiling;
  readonly transitions: CaseTransitions;
  readonly views: CaseViews;
  readonly queue: CaseQueue;
  readonly messages: CaseMessages;
  readonly privacy: CasePrivacy;
  readonly outletClock: OutletClock;

  constructor(
    ds: DataSource,
    protector: DataProtector,
    stations: StationService,
    clock: ClockRules,
    notifier: NotificationService | null,
    limits: { claimsPerWorkerPerDay?: number } = {},
  ) {
    this.reach = new CaseReach(ds, stations.directory);
    this.filing = new CaseFiling(ds, protector, clock, stations.directory, limits.claimsPerWorkerPerDay);
    this.transitions = new CaseTransitions(ds, this.reach, clock, protector, notifier);
    this.views = new CaseViews(ds, protector, stations, this.reach);
    this.queue = new CaseQueue(ds, this.reach);
    this.messages = new CaseMessages(ds, protector, this.reach, notifier);
    this.privacy = new CasePrivacy(ds, protector, this.reach);
    this.outletClock = new OutletClock(ds, this.transitions);
  }
}

export type { Actor } from './reach';
