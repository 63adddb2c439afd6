/** The life of an initiative, in the order a council moves through it. */
export const INITIATIVE_STATUSES = ['idea', 'planned', 'active', 'done', 'paused'] as const
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number]

export function isInitiativeStatus(v: unknown): v is InitiativeStatus {
  return typeof v === 'string' && (INITIATIVE_STATUSES as readonly string[]).includes(v)
}
