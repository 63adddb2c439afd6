import { useTranslation } from 'react-i18next'
import type { ImportReport } from '../../../../shared/model/review'

/** What did not come across, one line per kind in plain words, with a little of the text itself. */
export function ImportReportList({ report }: { report: ImportReport }) {
  const { t } = useTranslation('import')
  const c = report.counts
  return (
    <div className="import-report">
      <p>
        {t('report.brought', {
          headings: c.headings,
          tables: c.tables,
          images: c.images,
          initiatives: c.initiatives,
        })}
      </p>
      {report.items.length === 0 ? (
        <p>{t('report.nothingLost')}</p>
      ) : (
        <>
          <p>{t('report.intro')}</p>
          <ul className="import-report-items">
            {report.items.map((item) => (
              <li key={item.kind}>
                <strong>{t(`kinds.${item.kind}`, { count: item.count })}</strong>
                {item.samples.length > 0 && (
                  <ul className="import-report-samples">
                    {item.samples.map((s) => (
                      <li key={s}>
                        <q>{s}</q>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}
