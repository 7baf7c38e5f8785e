import { Type, type Static } from '@sinclair/typebox';
import { DELIVERY_STATUSES, NOTIFICATION_CHANNELS, NOTIFICATION_KINDS, STAFF_NOTICE_KINDS } from '../notifications';
import { Id, IsoDateTime, StringEnum } from './common';

/** One entry of the worker's in-app inbox, in the language the request asked for. */
export const InboxItem = Type.Object({
  id: Id,
  kind: StringEnum(NOTIFICATION_KINDS),
  caseId: Type.Union([Id, Type.Null()]),
  caseNumber: Type.Union([Type.String(), Type.Null()]),
  title: Type.String(),
  body: Type.String(),
  createdAt: IsoDateTime,
  readAt: Type.Union([IsoDateTime, Type.Null()]),
});
export type InboxItem = Static<typeof InboxItem>;

export const InboxPage = Type.Object({
  items: Type.Array(InboxItem),
  unread: Type.Integer({ minimum: 0, description: 'Unread entries in the whole inbox' }),
  nextBefore: Type.Union([IsoDateTime, Type.Null()], {
    description: 'Pass as `before` for the next page; null at the end',
  }),
});
export type InboxPage = Static<typeof InboxPage>;

export const InboxQuery = Type.Object({
  before: Type.Optional(IsoDateTime),
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 30 }),
});
export type InboxQuery = Static<typeof InboxQuery>;

/** For staff: what the worker was told about a case, and how each outside channel went. */
export const CaseNotificationList = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Id,
      kind: StringEnum(NOTIFICATION_KINDS),
      title: Type.String(),
      createdAt: IsoDateTime,
      readAt: Type.Union([IsoDateTime, Type.Null()]),
      deliveries: Type.Array(
        Type.Object({
          channel: StringEnum(NOTIFICATION_CHANNELS),
          status: StringEnum(DELIVERY_STATUSES),
          attempts: Type.Array(
            Type.Object({ at: IsoDateTime, ok: Type.Boolean(), error: Type.Union([Type.String(), Type.Null()]) }),
          ),
          lastError: Type.Union([Type.String(), Type.Null()]),
          nextAttemptAt: Type.Union([IsoDateTime, Type.Null()]),
          sentAt: Type.Union([IsoDateTime, Type.Null()]),
        }),
      ),
    }),
  ),
});
export type CaseNotificationList = Static<typeof CaseNotificationList>;

/** What a staff account is told about a case that concerns them (newest first, the latest 50). */
export const StaffNotice = Type.Object({
  id: Id,
  kind: StringEnum(STAFF_NOTICE_KINDS),
  caseId: Id,
  caseNumber: Type.String(),
  /** When what it is about happens (a consultation's meeting), if it has a time. */
  at: Type.Union([IsoDateTime, Type.Null()]),
  createdAt: IsoDateTime,
  readAt: Type.Union([IsoDateTime, Type.Null()]),
  /** An early warning's respondent (admin.respondents.get): the notice opens its page; null for a case's notice. */
  respondentKey: Type.Union([Type.String(), Type.Null()]),
  respondentName: Type.Union([Type.String(), Type.Null()]),
});
export const StaffNoticeList = Type.Object({
  items: Type.Array(StaffNotice),
  unread: Type.Integer({ minimum: 0 }),
});
export type StaffNoticeList = Static<typeof StaffNoticeList>;
