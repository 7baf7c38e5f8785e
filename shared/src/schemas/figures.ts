import { Type, type Static } from '@sinclair/typebox';
import { CALCULATOR, FIGURE_KIND } from '../law/figures';
import { AreaCode, Id, IsoDateTime, StringEnum } from './common';
import { CalendarDate, Nullable, Text, Yuan } from './actions';

/** One version of a local figure (shared/src/law/figures.ts `LocalFigure`). */
export const LocalFigureView = Type.Object({
  id: Id,
  areaCode: Type.String(),
  kind: StringEnum(FIGURE_KIND.values),
  value: Type.Integer({ description: 'In fen (the wages) or in months (the look-back)' }),
  effectiveFrom: CalendarDate,
  source: Type.String(),
  sourceUrl: Nullable(Type.String()),
  example: Type.Boolean({ description: 'Not from a published source: shown as 示例 wherever it is used' }),
  note: Nullable(Type.String()),
  version: Type.Integer(),
  createdAt: IsoDateTime,
  createdBy: Nullable(Type.String()),
});
export type LocalFigureView = Static<typeof LocalFigureView>;

export const FiguresQuery = Type.Object({
  areaCode: AreaCode,
  on: Type.Optional(CalendarDate),
});
export const FiguresInForce = Type.Object({
  areaCode: Type.String(),
  on: CalendarDate,
  /** One per kind in force there that day; a kind nobody entered is absent. */
  figures: Type.Array(LocalFigureView),
});
export type FiguresInForce = Static<typeof FiguresInForce>;

/**
 * A new version (a system admin): the wages in yuan (`amountYuan`), the look-back in whole months
 * (`months`). The same area, kind and day again is a correction: the next version number.
 */
export const LocalFigureBody = Type.Object(
  {
    areaCode: AreaCode,
    kind: StringEnum(FIGURE_KIND.values),
    amountYuan: Type.Optional(Yuan),
    months: Type.Optional(Type.Integer({ minimum: 1, maximum: 240 })),
    effectiveFrom: CalendarDate,
    source: Text(500, 2),
    sourceUrl: Type.Optional(Type.String({ pattern: '^https?://', maxLength: 500 })),
    example: Type.Boolean(),
    note: Type.Optional(Text(500)),
  },
  { additionalProperties: false },
);
export type LocalFigureBody = Static<typeof LocalFigureBody>;

/** Whether the clock knows each year's holiday notice (bridge days off, make-up working days). */
export const HolidayYears = Type.Object({
  years: Type.Array(
    Type.Object({
      year: Type.Integer(),
      /** The lunar holidays of the year are tabled (the fixed dates always are). */
      statutoryTabled: Type.Boolean(),
      /** The year's State Council notice is entered in CLOCK_RULES_JSON. */
      noticeConfigured: Type.Boolean(),
    }),
  ),
});
export type HolidayYears = Static<typeof HolidayYears>;

/** Where a claim item's amount came from: the calculator and the figure versions it used. */
export const ItemCalculation = Type.Object(
  {
    calculator: StringEnum(CALCULATOR.values),
    figureIds: Type.Array(Id, { maxItems: 6, uniqueItems: true }),
  },
  { additionalProperties: false },
);
export type ItemCalculation = Static<typeof ItemCalculation>;
