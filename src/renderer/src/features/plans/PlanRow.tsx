import { useTranslation } from 'react-i18next'
import type { PlanSummary } from '../../../../shared/api'
import { ExportPackageButton } from '../packages/ExportPackageButton'
import { friendlyDate } from '../versions/friendlyDate'

type Props = { plan: PlanSummary; onOpen: () => void; onRename: () => void; onDelete: () => void }

export function PlanRow({ plan, onOpen, onRename, onDelete }: Props) {
  const { t, i18n } = useTranslation('plans')
  const when = friendlyDate(plan.updatedAt, t, i18n.language)
  const who = [plan.council, plan.municipality].filter(Boolean).join(' · ')
  return (
    <li className="plan-row">
      <button
        type="button"
        className="plan-open"
        onClick={onOpen}
        aria-label={t('openPlan', { title: plan.title })}
      >
        <span className="plan-title">{plan.title}</span>
        {who && <span className="plan-who">{who}</span>}
        <span className="plan-when">{t('updated', { when })}</span>
      </button>
      <div className="plan-actions">
        <ExportPackageButton plan={plan} />
        <button
          type="button"
          className="btn btn-quiet"
          onClick={onRename}
          aria-label={`${t('common:actions.rename')}: ${plan.title}`}
        >
          {t('common:actions.rename')}
        </button>
        <button
          type="button"
          className="btn btn-quiet danger-text"
          onClick={onDelete}
          aria-label={`${t('common:actions.delete')}: ${plan.title}`}
        >
          {t('common:actions.delete')}
        </button>
      </div>
    </li>
  )
}
