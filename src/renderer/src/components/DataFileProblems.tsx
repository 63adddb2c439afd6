import { useTranslation } from 'react-i18next'
import { ApiError } from '../api/client'
import { ErrorMessage } from './ErrorMessage'

/** One thing wrong in a data file (catalogue, year wheel, fund profile), and where: a path such as
 * `events[2].kind`, '' for the file itself. */
export type LocatedProblem = { path: string; problem: string }

/** The located problems an error of `code` (invalid-catalogue, invalid-year-wheel, …) carries, or []. */
export function locatedProblems(error: unknown, code: string): LocatedProblem[] {
  if (!(error instanceof ApiError) || error.code !== code || !Array.isArray(error.details)) return []
  return error.details.filter(
    (d): d is LocatedProblem =>
      typeof d === 'object' &&
      d !== null &&
      typeof (d as { problem?: unknown }).problem === 'string' &&
      typeof (d as { path?: unknown }).path === 'string',
  )
}

type Props = {
  error?: unknown
  problems: LocatedProblem[]
  /** "Filen kan ikke bruges som …", "Intet er hentet …": the kind of file's own words. */
  intro: string
  outcome: string
  where: (path: string) => string
  wording: (problem: string) => string
  className?: string
  onDismiss?: () => void
}

/**
 * A refused data file: every problem with where it is, and that nothing was taken in. One home for
 * the catalogues, the year wheels and the fund profiles; any other error is put into words as usual.
 */
export function DataFileProblems({
  error,
  problems,
  intro,
  outcome,
  where,
  wording,
  className,
  onDismiss,
}: Props) {
  const { t } = useTranslation('common')
  if (problems.length === 0) return error ? <ErrorMessage error={error} onDismiss={onDismiss} /> : null
  return (
    <div role="alert" className={`alert alert-error data-file-problems ${className ?? ''}`}>
      <p>{intro}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            <strong>{where(p.path)}:</strong> {wording(p.problem)}
          </li>
        ))}
      </ul>
      <p>{outcome}</p>
      {onDismiss && (
        <button type="button" className="btn btn-quiet" onClick={onDismiss}>
          {t('actions.dismiss')}
        </button>
      )}
    </div>
  )
}
