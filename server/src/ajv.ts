import addFormats from 'ajv-formats';

/** The ajv options of every route (and of the upload routes' own validators): one set, used by server.ts. */
export const AJV_OPTIONS = {
  customOptions: {
    removeAdditional: false as const, // unknown fields are refused, never silently dropped
    coerceTypes: 'array' as const, // query strings: "true" → true, a=1&a=2 → [1, 2]
    useDefaults: true,
    allErrors: true, // a form shows every field at fault at once
    verbose: true, // the error handler reads the failing schema's description
  },
  // 'full': a date is a real day (2025-02-30 is refused), not only its shape.
  plugins: [[addFormats, { mode: 'full', formats: ['uuid', 'date-time', 'date', 'email', 'uri'] }]] as never[],
};
