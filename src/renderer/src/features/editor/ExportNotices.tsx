import { useTranslation } from 'react-i18next'
import type { ExportNotice } from '../../../../shared/model/exportNotice'

/**
 * What the saved Word file lacks, said right after saving (inside the dialog's live region, so a
 * screen reader hears it with "Gemt som ..."): pictures left out and pictures nothing describes,
 * each with where it is in the plan and what to do. Saving is never blocked by them.
 */
export function ExportNotices({ notices }: { notices: ExportNotice[] }) {
  const { t } = useTranslation('export')
  if (notices.length === 0) return null
  const text = (n: ExportNotice) => {
    const place = n.section ? t('notices.under', { section: n.section }) : t('notices.beforeFirst')
    if (n.kind === 'image-without-alt') return t('notices.withoutAlt', { place })
    return n.label ? t('notices.leftOutNamed', { label: n.label, place }) : t('notices.leftOut', { place })
  }
  return (
    <div className="alert alert-warning export-notices" data-testid="export-notices">
      <p className="export-notices-title">{t('notices.title')}</p>
      <ul>
        {notices.map((n, i) => (
          <li key={i}>{text(n)}</li>
        ))}
      </ul>
    </div>
  )
}
