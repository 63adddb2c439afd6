import { useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PlanSummary } from '../../../../shared/api'
import { Modal } from '../../components/Modal'

type Props = { plan: PlanSummary | null; onCancel: () => void; onRename: (title: string) => void }

export function RenameDialog({ plan, onCancel, onRename }: Props) {
  const { t } = useTranslation('plans')
  const [title, setTitle] = useState('')
  const id = useId()
  useEffect(() => setTitle(plan?.title ?? ''), [plan])
  const valid = title.trim().length > 0
  return (
    <Modal open={!!plan} title={t('rename.title')} onClose={onCancel}>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          if (valid) onRename(title.trim())
        }}
      >
        <div className="field">
          <label htmlFor={id}>{t('rename.label')}</label>
          <input
            id={id}
            type="text"
            value={title}
            maxLength={200}
            onChange={(e) => setTitle(e.target.value)}
            autoFocus
          />
        </div>
        <div className="modal-footer">
          <button type="button" className="btn" onClick={onCancel}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={!valid}>
            {t('common:actions.rename')}
          </button>
        </div>
      </form>
    </Modal>
  )
}
