import { useTranslation } from 'react-i18next'
import type { YearWheelProblem } from '../../../../shared/model/yearWheelValidation'
import { DataFileProblems } from '../../components/DataFileProblems'
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
  return (
    <DataFileProblems
      error={error}
      problems={problems ?? yearWheelProblems(error)}
      intro={t('problems.intro')}
      outcome={t(`problems.${outcome}`)}
      where={(path) => describeYearPath(path, t)}
      wording={(problem) => t(`problems.${problem}`)}
      className="year-problems"
      onDismiss={onDismiss}
    />
  )
}
