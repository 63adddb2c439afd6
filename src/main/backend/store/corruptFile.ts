/** Why a file could not be opened: the reasons a QuarantinedPlan records. */
export type CorruptReason = 'unreadable' | 'not-json' | 'invalid'

/** Thrown by a file adapter when a file exists but cannot be trusted; the caller moves it aside. */
export class CorruptFileError extends Error {
  constructor(
    public readonly reason: CorruptReason,
    public readonly path: string,
    public readonly raw: string,
    detail: string,
  ) {
    super(`${path}: ${reason}: ${detail}`)
    this.name = 'CorruptFileError'
  }
}
