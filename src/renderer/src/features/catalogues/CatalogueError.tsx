import { useTranslation } from 'react-i18next'
import { ErrorMessage } from '../../components/ErrorMessage'
import { catalogueProblems, describePath } from './problemText'

/** A failed catalogue command: for a bad catalogue, every problem with where it is. */
export function CatalogueError({ error, onDismiss }: { error: unknown; onDismiss?: () => void }) {
  const { t } = useTranslation(['focus', 'common'])
  if (!error) return null
  const problems = catalogueProblems(error)
  if (problems.length === 0) return <ErrorMessage error={error} onDismiss={onDismiss} />
  return (
    <div role="alert" className="alert alert-error catalogue-problems">
      <p>{t('focus:problems.intro')}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            <strong>{describePath(p.path, t)}:</strong> {t(`focus:problems.${p.problem}`)}
          </li>
        ))}
      </ul>
      <p>{t('focus:problems.nothingImported')}</p>
      {onDismiss && (
        <button type="button" className="btn btn-quiet" onClick={onDismiss}>
          {t('common:actions.dismiss')}
        </button>
      )}
    </div>
  )
}
