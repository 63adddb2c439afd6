import { AppError } from '../../../shared/model/errors'

/** A version file's name: `v-` and 6 to 12 digits (the contract's VersionId). */
export const VERSION_FILE = /^(v-[0-9]{6,12})\.json$/
const MAX_VERSION = 999_999_999_999

export const versionNumber = (id: string): number => Number(id.slice(2))

/** The id after the highest one taken, compared as numbers (v-1000000 follows v-999999). */
export function nextVersionId(taken: string[]): string {
  const next = Math.max(0, ...taken.map(versionNumber)) + 1
  if (next > MAX_VERSION) throw new AppError('too-large', `no version number left after v-${MAX_VERSION}`)
  return `v-${String(next).padStart(6, '0')}`
}
