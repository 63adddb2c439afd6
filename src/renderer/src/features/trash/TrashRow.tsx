import { useTranslation } from 'react-i18next'
import type { TrashEntry } from '../../../../shared/api'
import { formatNumber } from '../../../../shared/derive/format'
import { friendlyDate } from '../versions/friendlyDate'

type Props = { entry: TrashEntry; disabled: boolean; onRestore: () => void }

/** One deleted plan: what it was, when it went, and "Gendan"; a file that cannot be read says so
 * with its name, and can only go with "Tøm papirkurven". */
export function TrashRow({ entry, disabled, onRestore }: Props) {
  const { t, i18n } = useTranslation('trash')
  const lang = i18n.language === 'en' ? 'en' : 'da'
  const when = entry.deletedAt
    ? t('deleted', { when: friendlyDate(entry.deletedAt, t, i18n.language) })
    : t('deletedUnknown')
  if (entry.kind === 'unreadable') {
    return (
      <li className="trash-row trash-row-unreadable">
        <div className="trash-text">
          <span className="trash-title">{entry.title ?? t('unreadable.unknownTitle')}</span>
          <span className="trash-problem">{t(`unreadable.${entry.problem}`, { file: entry.fileName })}</span>
          <span className="trash-when">{when}</span>
        </div>
      </li>
    )
  }
  const details = [entry.council, t('words', { count: entry.words, n: formatNumber(entry.words, lang) })]
  return (
    <li className="trash-row">
      <div className="trash-text">
        <span className="trash-title">{entry.title}</span>
        <span className="trash-who">{details.filter(Boolean).join(' · ')}</span>
        <span className="trash-when">{when}</span>
      </div>
      <button
        type="button"
        className="btn trash-restore"
        onClick={onRestore}
        disabled={disabled}
        aria-label={t('restoreLabel', { title: entry.title })}
      >
        {t('restore')}
      </button>
    </li>
  )
}
