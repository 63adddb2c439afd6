import { ApiError, errorCode } from './client'

/** A reason is a kebab-case word the backend sets in `details.reason` to say precisely what is wrong. */
const REASON = /^[a-z0-9]+(-[a-z0-9]+)*$/

/** The backend's precise reason for a failure (e.g. 'password-protected'), when it gave one. */
export function errorReason(e: unknown): string | null {
  if (!(e instanceof ApiError)) return null
  const details = e.details as { reason?: unknown } | null | undefined
  const reason = details && typeof details === 'object' ? details.reason : undefined
  return typeof reason === 'string' && REASON.test(reason) ? reason : null
}

/**
 * The i18n keys that say what went wrong, most precise first: i18next takes the first key it has,
 * so a reason the locale does not know yet still shows the code's general text, never a raw key.
 */
export function errorKeys(e: unknown): string[] {
  const reason = errorReason(e)
  const general = `errors:${errorCode(e)}`
  return reason ? [`errors:reasons.${reason}`, general] : [general]
}

/** The plain values a reason's wording may show ({{line}} of a malformed PX file), from its details. */
export function errorValues(e: unknown): Record<string, string | number> {
  if (!(e instanceof ApiError)) return {}
  const details = e.details
  if (!details || typeof details !== 'object') return {}
  const values: Record<string, string | number> = {}
  for (const [key, value] of Object.entries(details)) {
    if (key !== 'reason' && (typeof value === 'number' || typeof value === 'string')) values[key] = value
  }
  return values
}
