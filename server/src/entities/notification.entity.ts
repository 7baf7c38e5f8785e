import { Column, Entity, Index } from 'typeorm';
import type { DeliveryStatus, NotificationChannel, NotificationKind, NotificationParams } from '@gig/shared';
import { CreatedAt, Identified, UpdatedAt, enumColumn, timestamp } from './columns';

/**
 * Something the worker is told: their in-app inbox entry, written in the same transaction as the
 * case event that causes it. The words are made from `kind` + `params` in the reader's language.
 * `dedupeKey` makes a reminder once-only (several sweeps, several processes).
 */
@Entity('notifications')
@Index('ix_notifications_worker', ['workerId', 'createdAt'])
@Index('uq_notifications_dedupe', ['dedupeKey'], { unique: true })
export class NotificationEntity extends Identified {
  @Column({ type: 'varchar', length: 36 })
  workerId!: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  caseId!: string | null;

  @Column(enumColumn())
  kind!: NotificationKind;

  @Column({ type: 'simple-json' })
  params!: NotificationParams;

  @Column({ type: 'varchar', length: 160, nullable: true })
  dedupeKey!: string | null;

  @Column(timestamp(true))
  readAt!: Date | null;

  @CreatedAt()
  createdAt!: Date;
}

/**
 * The outbox: one row per notification and outside channel (WeChat subscribe message, SMS). The
 * dispatcher claims due rows (`lockedUntil`), sends, and records each attempt.
 */
@Entity('notification_deliveries')
@Index('ix_notification_deliveries_due', ['status', 'nextAttemptAt'])
@Index('uq_notification_deliveries_channel', ['notificationId', 'channel'], { unique: true })
export class NotificationDeliveryEntity extends Identified {
  @Column({ type: 'varchar', length: 36 })
  notificationId!: string;

  @Column(enumColumn(8))
  channel!: NotificationChannel;

  @Column(enumColumn(8))
  status!: DeliveryStatus;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column(timestamp(true))
  nextAttemptAt!: Date | null;

  @Column(timestamp(true))
  lockedUntil!: Date | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  lastError!: string | null;

  @Column(timestamp(true))
  sentAt!: Date | null;

  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;
}

/** One try at delivering: when, whether it worked, and what the other side said. */
@Entity('notification_attempts')
@Index('ix_notification_attempts_delivery', ['deliveryId', 'attemptNo'])
export class NotificationAttemptEntity extends Identified {
  @Column({ type: 'varchar', length: 36 })
  deliveryId!: string;

  @Column({ type: 'int' })
  attemptNo!: number;

  @Column({ type: 'boolean' })
  ok!: boolean;

  @Column({ type: 'varchar', length: 255, nullable: true })
  error!: string | null;

  @CreatedAt()
  createdAt!: Date;
}
