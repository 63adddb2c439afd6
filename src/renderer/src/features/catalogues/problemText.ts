import type { TFunction } from 'i18next'
import type { CatalogueProblem } from '../../../../shared/model/catalogueValidation'
import { ApiError } from '../../api/client'

/** "focusAreas[3].title" → "Indsatsområde 4 – titel": where the problem is, in the user's words. */
export function describePath(path: string, t: TFunction): string {
  if (!path) return t('focus:where.file')
  const m = /^focusAreas\[(\d+)\](?:\.(\w+))?$/.exec(path)
  if (m) {
    const area = t('focus:where.area', { n: Number(m[1]) + 1 })
    return m[2] ? `${area} – ${t(`focus:fields.${m[2]}`, { defaultValue: m[2] })}` : area
  }
  return t(`focus:fields.${path}`, { defaultValue: path })
}

/** The located problems an invalid-catalogue error carries, or [] for any other error. */
export function catalogueProblems(error: unknown): CatalogueProblem[] {
  if (!(error instanceof ApiError) || error.code !== 'invalid-catalogue' || !Array.isArray(error.details))
    return []
  return error.details.filter(
    (d): d is CatalogueProblem => typeof d === 'object' && d !== null && 'problem' in d && 'path' in d,
  )
}
