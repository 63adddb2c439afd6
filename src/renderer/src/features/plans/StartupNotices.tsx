import { useTranslation } from 'react-i18next'
import { useAppInfo } from '../app/AppInfoContext'

/**
 * What the start found in the data folder (app.info): read-only, and why when the reason is a full
 * disk; a file where the plans folder belongs. Said once on the home screen, in plain words.
 */
export function StartupNotices() {
  const { t } = useTranslation('recovery')
  const { readOnly, startup } = useAppInfo()
  const diskFull = startup.some((n) => n.kind === 'disk-full')
  return (
    <>
      {readOnly && (
        <p role="note" className="alert alert-warning" data-testid="read-only-notice">
          {diskFull ? t('startup.diskFull') : t('home.readOnly')}
        </p>
      )}
      {startup.map((n) =>
        n.kind === 'plans-folder-blocked' ? (
          <p key={n.kind} role="alert" className="alert alert-warning" data-testid="plans-folder-notice">
            {n.movedTo
              ? t('startup.plansFolderMoved', { path: n.path, movedTo: n.movedTo })
              : t('startup.plansFolderLeft', { path: n.path })}
          </p>
        ) : null,
      )}
    </>
  )
}
