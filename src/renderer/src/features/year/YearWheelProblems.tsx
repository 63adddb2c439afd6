import { useTranslation } from 'react-i18next'
import type { YearWheelProblem } from '../../../../shared/model/yearWheelValidation'
import { ErrorMessage } from '../../components/ErrorMessage'
import { describeYearPath, yearWheelProblems } from './yearWords'

type Props = {
  error?: unknown
  problems?: YearWheelProblem[]
  outcome: 'nothingImported' | 'nothingSaved'
  onDismiss?: () => void
}

/** A refused year wheel: every problem with where it is, and that nothing was taken in. */
export function YearWheelProblems({ error, problems, outcome, onDismiss }: Props) {
  const { t } = useTranslation(['year', 'common'])
  const list = problems ?? yearWheelProblems(error)
  if (list.length === 0) return error ? <ErrorMessage error={error} onDismiss={onDismiss} /> : null
  return (
    <div role="alert" className="alert alert-error year-problems">
      <p>{t('problems.intro')}</p>
      <ul>
        {list.map((p, i) => (
          <li key={i}>
            <strong>{describeYearPath(p.path, t)}:</strong> {t(`problems.${p.problem}`)}
          </li>
        ))}
      </ul>
      <p>{t(`problems.${outcome}`)}</p>
      {onDismiss && (
        <button type="button" className="btn btn-quiet" onClick={onDismiss}>
          {t('common:actions.dismiss')}
        </button>
      )}
    </div>
  )
}
