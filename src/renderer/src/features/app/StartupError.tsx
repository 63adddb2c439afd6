import { useTranslation } from 'react-i18next'
import { ErrorMessage } from '../../components/ErrorMessage'

export function StartupError({ error }: { error: unknown }) {
  const { t } = useTranslation()
  return (
    <main style={{ maxWidth: 640, margin: '15vh auto', padding: 24 }}>
      <h1 style={{ marginBottom: 16 }}>{t('appName')}</h1>
      <ErrorMessage error={error} />
      <button type="button" className="btn" style={{ marginTop: 16 }} onClick={() => location.reload()}>
        {t('actions.retry')}
      </button>
    </main>
  )
}
