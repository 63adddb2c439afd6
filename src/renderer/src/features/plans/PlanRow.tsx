import { memo } from 'react'
import type { TFunction } from 'i18next'
import type { PlanSummary } from '../../../../shared/api'
import { ExportPackageButton } from '../packages/ExportPackageButton'
import { friendlyDate } from '../versions/friendlyDate'

type Props = {
  plan: PlanSummary
  /** The home screen's lookups, passed down so that a row subscribes to nothing of its own: with
   * 50 plans, a useTranslation per row (and one more in its export button) was most of the list's
   * drawing time. */
  t: TFunction<'plans'>
  tPackages: TFunction<'packages'>
  lang: string
  /** The moment "i dag" and "i går" are counted from, read once for the whole list. */
  now: Date
  onOpen: (plan: PlanSummary) => void
  onRename: (plan: PlanSummary) => void
  onDelete: (plan: PlanSummary) => void
}

/** One plan on the home screen; memoised, so a dialog opening on the home screen redraws no row. */
export const PlanRow = memo(function PlanRow({
  plan,
  t,
  tPackages,
  lang,
  now,
  onOpen,
  onRename,
  onDelete,
}: Props) {
  const when = friendlyDate(plan.updatedAt, t, lang, now)
  const who = [plan.council, plan.municipality].filter(Boolean).join(' · ')
  return (
    <li className="plan-row">
      <button
        type="button"
        className="plan-open"
        onClick={() => onOpen(plan)}
        aria-label={t('openPlan', { title: plan.title })}
      >
        <span className="plan-title">{plan.title}</span>
        {who && <span className="plan-who">{who}</span>}
        <span className="plan-when">{t('updated', { when })}</span>
      </button>
      <div className="plan-actions">
        <ExportPackageButton plan={plan} t={tPackages} />
        <button
          type="button"
          className="btn btn-quiet"
          onClick={() => onRename(plan)}
          aria-label={`${t('common:actions.rename')}: ${plan.title}`}
        >
          {t('common:actions.rename')}
        </button>
        <button
          type="button"
          className="btn btn-quiet danger-text"
          onClick={() => onDelete(plan)}
          aria-label={`${t('common:actions.delete')}: ${plan.title}`}
        >
          {t('common:actions.delete')}
        </button>
      </div>
    </li>
  )
})
