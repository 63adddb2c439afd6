import { useTranslation } from 'react-i18next'
import type { ReadNote } from '../../../../shared/model/datapakke'

/** What the reader decided on its own (number style, left-out columns, missing-value codes). */
export function Notes({ notes }: { notes: ReadNote[] }) {
  const { t } = useTranslation('datapakke')
  if (notes.length === 0) return null
  return (
    <ul className="datapakke-notes">
      {notes.map((n, i) => {
        const values = { ...n.values }
        // A PX code's meaning is itself a key (datapakke:missing.*).
        if (typeof values.meaning === 'string') values.meaning = t(values.meaning)
        return <li key={i}>{t(`notes.${n.key}`, values)}</li>
      })}
    </ul>
  )
}
