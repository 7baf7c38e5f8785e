import { Column, Entity, Index, JoinColumn, ManyToOne, VersionColumn } from 'typeorm';
import type {
  AgreementView,
  ArbitrationView,
  ConfirmationView,
  PaymentOrderView,
  ProposalView,
  CaseStatus,
  Industry,
  MediationType,
  RouteReason,
  WorkMode,
} from '@gig/shared';
import { CreatedAt, Identified, UpdatedAt, enumColumn, timestamp } from './columns';
import { StationEntity } from './station.entity';
import { WorkerEntity } from './worker.entity';

/** The claim as filed, less the personal data kept in sealed columns. */
export interface ClaimDetails {
  respondent: {
    name: string;
    creditCode: string | null;
    outletName: string | null;
    outletAddress: string | null;
    contactName: string | null;
    contactPhone: string | null;
    partnerName: string | null;
    partnerCreditCode: string | null;
  };
  items: {
    type: string;
    amountFen: number;
    amountYuan: string;
    periodFrom: string | null;
    periodTo: string | null;
    note: string | null;
    /** The amount came from a calculator in the app: which one and the local-figure versions (ids) it used. */
    calculation?: { calculator: string; figureIds: string[] } | null;
  }[];
  incidentDate: string;
  knownOn: string;
  employmentOngoing: boolean;
  employmentEndedOn: string | null;
  /** Demands, complaints and suspensions before filing, as the worker gave them (LDMAL art 27). */
  limitationEvents?: { kind: string; from: string; to?: string; note?: string }[];
  description: string;
  scannedStationCode: string | null;
  preferredChannel: string | null;
  /** The worker's separate consent to the case going to the employer's outlet (PIPL art 23), when given. */
  outletConsent?: { version: string; at: string } | null;
}

export interface StoredDeadline {
  kind: string;
  from: string;
  due: string;
}

/**
 * One dispute. Status changes only through services/cases/transition.ts `act`, which writes the case and
 * an event in one transaction. Name, ID number and phone are sealed (AES-GCM) with keyed hashes.
 */
@Entity('cases')
@Index('uq_cases_worker_idempotency', ['workerId', 'idempotencyKey'], { unique: true })
// The queue reads each of its branches (queue-plan.ts) in one of these, keyset by case number (or
// by next due date, then case number); the workbench counts from the covering station index.
@Index('ix_cases_station_status', ['stationId', 'status', 'nextDue', 'urgent', 'legalAid'])
@Index('ix_cases_station_number', ['stationId', 'number'])
@Index('ix_cases_station_due', ['stationId', 'nextDue', 'number'])
@Index('ix_cases_status_number', ['status', 'number'])
@Index('ix_cases_next_due', ['nextDue', 'number'])
@Index('ix_cases_respondent_key', ['respondentKey', 'number'])
@Index('ix_cases_respondent_due', ['respondentKey', 'nextDue', 'number'])
@Index('ix_cases_outlet', ['outletId', 'status', 'number'])
@Index('ix_cases_respondent_outlet', ['respondentOutletId', 'number'])
@Index('ix_cases_urgent', ['urgent', 'number'])
@Index('ix_cases_legal_aid', ['legalAid', 'number'])
@Index('ix_cases_lawyer', ['lawyerId', 'number'])
@Index('ix_cases_worker', ['workerId', 'createdAt'])
@Index('ix_cases_received', ['receivedAt'])
// The early warning: respondents by distinct workers over the window (index only), and one
// respondent's latest cases and stations (services/warnings).
@Index('ix_cases_received_group', ['receivedAt', 'respondentGroup', 'workerId', 'totalFen'])
@Index('ix_cases_group_received', ['respondentGroup', 'receivedAt', 'stationId'])
/** The follow-up after closing and the retention timer: ended cases by their last change. */
@Index('ix_cases_status_updated', ['status', 'updatedAt'])
export class CaseEntity extends Identified {
  @Index('uq_cases_number', { unique: true })
  @Column({ type: 'varchar', length: 20 })
  number!: string;

  @Column(enumColumn())
  status!: CaseStatus;

  @Column({ type: 'varchar', length: 36, nullable: true })
  stationId!: string | null;

  @ManyToOne(() => StationEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'stationId' })
  station?: StationEntity | null;

  /** The employer outlet the case is dispatched to, while it is there. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  outletId!: string | null;

  @ManyToOne(() => StationEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'outletId' })
  outlet?: StationEntity | null;

  @Column(enumColumn(40))
  routeReason!: RouteReason;

  @Column({ type: 'varchar', length: 32, nullable: true })
  mediationType!: MediationType | null;

  @Column({ type: 'boolean' })
  labourDispute!: boolean;

  @Column({ type: 'boolean', default: false })
  scannedStationSkipped!: boolean;

  @Column({ type: 'varchar', length: 36 })
  workerId!: string;

  @ManyToOne(() => WorkerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'workerId' })
  worker?: WorkerEntity;

  @Column({ type: 'varchar', length: 64 })
  idempotencyKey!: string;

  /** SHA-256 of the filed body: a retry with the same key and other content is refused. */
  @Column({ type: 'varchar', length: 64 })
  requestHash!: string;

  @Column(enumColumn())
  industry!: Industry;

  @Column(enumColumn())
  workMode!: WorkMode;

  @Column({ type: 'varchar', length: 6 })
  areaCode!: string;

  @Index('ix_cases_respondent')
  @Column({ type: 'varchar', length: 100 })
  respondentName!: string;

  @Column({ type: 'varchar', length: 255 })
  claimantNameEnc!: string;

  @Column({ type: 'varchar', length: 255 })
  idNumberEnc!: string;

  @Index('ix_cases_id_hash')
  @Column({ type: 'varchar', length: 64 })
  idNumberHash!: string;

  @Column({ type: 'varchar', length: 255 })
  phoneEnc!: string;

  @Column({ type: 'simple-json' })
  claim!: ClaimDetails;

  @Column({ type: 'int' })
  totalFen!: number;

  @Column({ type: 'boolean', default: false })
  legalAid!: boolean;

  @Column({ type: 'boolean', default: false })
  urgent!: boolean;

  /** The legal-aid lawyer assigned, when the worker asked for legal aid. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  lawyerId!: string | null;

  /** A grant of the handling station's: the assigned lawyer reads its internal notes. */
  @Column({ type: 'boolean', default: false })
  notesShared!: boolean;

  @Column({ type: 'simple-json' })
  deadlines!: StoredDeadline[];

  /** The mediation agreement, once recorded. */
  @Column({ type: 'simple-json', nullable: true })
  agreement!: AgreementView | null;

  /** The respondent's own outlet, once the case was dispatched there: a party from then on. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  respondentOutletId!: string | null;

  /** The outlet's settlement offer the worker has not decided on. */
  @Column({ type: 'simple-json', nullable: true })
  proposal!: ProposalView | null;

  /** The accounts among the urgent consultation's participants (they reach the case while it is flagged). */
  @Column({ type: 'simple-json', nullable: true })
  consultants!: string[] | null;

  /** The joint application to confirm the agreement (both parties' consent). */
  @Column({ type: 'simple-json', nullable: true })
  confirmation!: ConfirmationView | null;

  /** The payment order applied for on default, and the court's decision. */
  @Column({ type: 'simple-json', nullable: true })
  paymentOrder!: PaymentOrderView | null;

  /** The arbitration stage, once the worker applied for arbitration (where, and what it decided). */
  @Column({ type: 'simple-json', nullable: true })
  arbitration!: ArbitrationView | null;

  /** The earliest deadline still running (YYYY-MM-DD), for the queue's "due soon" and its sort. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  nextDue!: string | null;

  /** The claim types, space-separated with a leading and trailing space, for filtering (" unpaid_wages overtime "). */
  @Column({ type: 'varchar', length: 300, default: '' })
  claimTypes!: string;

  /** When the station received the claim (starts the mediation window). */
  @Column(timestamp())
  receivedAt!: Date;

  @VersionColumn()
  version!: number;

  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;

  /**
   * For linking cases against the same employer: the respondent's name folded (shared
   * `respondentKey`: width, case, spaces and brackets do not matter) and its credit code.
   */
  @Column({ type: 'varchar', length: 100, default: '' })
  respondentKey!: string;

  /**
   * The respondent as one party across spellings (the early warning's and the respondent page's
   * key): the key of its credit code's first claim when the claim gives a code seen before, else
   * shared `respondentNameKey` of the name (services/warnings/keys.ts).
   */
  @Column({ type: 'varchar', length: 100, default: '' })
  respondentGroup!: string;

  @Index('ix_cases_respondent_code')
  @Column({ type: 'varchar', length: 18, nullable: true })
  respondentCreditCode!: string | null;

  /** When the retention timer erased the worker's personal data and files (the case skeleton stays for statistics). */
  @Column(timestamp(true))
  purgedAt!: Date | null;
}
