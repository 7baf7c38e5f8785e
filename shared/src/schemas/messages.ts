import { Type, type Static } from '@sinclair/typebox';
import { Text } from './actions';
import { Body, Id, IsoDateTime, StringEnum } from './common';

/** A case's thread (the worker, the station, the lawyer; staff notes), and revealing a masked value. */
export const MessageBody = Body({
  /** Made once by the sender's device; a retry with the same id posts nothing new. */
  clientId: Id,
  body: Text(2000),
});
export type MessageBody = Static<typeof MessageBody>;

export const StaffMessageBody = Body({
  clientId: Id,
  body: Text(2000),
  /** A staff-only internal note, never shown to the worker. */
  internal: Type.Optional(Type.Boolean({ default: false })),
});
export type StaffMessageBody = Static<typeof StaffMessageBody>;

export const MessageView = Type.Object({
  id: Id,
  clientId: Id,
  authorType: StringEnum(['worker', 'staff'] as const),
  authorRole: Type.String(),
  authorName: Type.String(),
  body: Type.String(),
  internal: Type.Boolean(),
  at: IsoDateTime,
});
export type MessageView = Static<typeof MessageView>;
export const MessageList = Type.Object({ items: Type.Array(MessageView) });
export type MessageList = Static<typeof MessageList>;

/** A staff member asks to see a masked value in full; the reason goes to the audit log. */
export const RevealBody = Body({
  field: StringEnum(['idNumber', 'phone'] as const),
  reason: Text(500, 4),
});
export type RevealBody = Static<typeof RevealBody>;
export const RevealResponse = Type.Object({ field: Type.String(), value: Type.String() });
