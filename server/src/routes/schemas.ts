import { ErrorResponse } from '@gig/shared';

/** Error responses every route may give; listed so the docs show them and the serializer shapes them. */
export const ERROR_RESPONSES = { '4xx': ErrorResponse, '5xx': ErrorResponse } as const;
export const BEARER = [{ bearer: [] }];
