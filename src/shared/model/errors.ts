/** Error codes that cross the process boundary. Electron strips custom fields from thrown errors,
 * so errors travel as an envelope `{ ok: false, error: { code, message } }`; the renderer
 * translates the code (i18n key `errors.<code>`), the message is for logs only. */
export const ERROR_CODES = [
  'invalid-input',
  'unknown-command',
  'forbidden-sender',
  'not-found',
  'stale-rev',
  'read-only',
  'io',
  'disk-full',
  'permission-denied',
  'file-locked',
  'invalid-document',
  'too-large',
  'not-an-image',
  'invalid-catalogue',
  'invalid-year-wheel',
  'invalid-fund-profile',
  'invalid-file',
  'cancelled',
  'link-refused',
  'not-a-docx',
  'unsafe-file',
  'internal',
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    message: string,
    public readonly details?: unknown,
  ) {
    super(message)
    this.name = 'AppError'
  }
}

export type ErrorEnvelope = { ok: false; error: { code: ErrorCode; message: string; details?: unknown } }
export type OkEnvelope<T> = { ok: true; value: T }
export type Envelope<T> = OkEnvelope<T> | ErrorEnvelope

export function toEnvelopeError(err: unknown): ErrorEnvelope {
  if (err instanceof AppError) {
    return { ok: false, error: { code: err.code, message: err.message, details: err.details } }
  }
  const message = err instanceof Error ? err.message : String(err)
  return { ok: false, error: { code: 'internal', message } }
}
