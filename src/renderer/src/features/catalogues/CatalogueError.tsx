import { useTranslation } from 'react-i18next'
import { DataFileProblems } from '../../components/DataFileProblems'
import { catalogueProblems, describePath } from './problemText'

/** A failed catalogue command: for a bad catalogue, every problem with where it is. */
export function CatalogueError({ error, onDismiss }: { error: unknown; onDismiss?: () => void }) {
  const { t } = useTranslation(['focus', 'common'])
  if (!error) return null
  return (
    <DataFileProblems
      error={error}
      problems={catalogueProblems(error)}
      intro={t('focus:problems.intro')}
      outcome={t('focus:problems.nothingImported')}
      where={(path) => describePath(path, t)}
      wording={(problem) => t(`focus:problems.${problem}`)}
      className="catalogue-problems"
      onDismiss={onDismiss}
    />
  )
}
