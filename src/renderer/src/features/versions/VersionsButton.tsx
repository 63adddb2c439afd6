import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Modal } from '../../components/Modal'
import { BarLabel } from '../editor/BarLabel'
import { VersionsPanel, type VersionsPanelProps } from './VersionsPanel'
import './versions.css'

/** "Versioner" in the editor bar: opens the panel; the panel is built fresh each time it opens. */
export function VersionsButton(props: VersionsPanelProps) {
  const { t } = useTranslation('versions')
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" className="btn" title={t('button')} onClick={() => setOpen(true)}>
        <BarLabel icon="versions" text={t('button')} />
      </button>
      <Modal
        open={open}
        title={t('title')}
        onClose={() => setOpen(false)}
        footer={
          <button type="button" className="btn" onClick={() => setOpen(false)}>
            {t('common:actions.close')}
          </button>
        }
      >
        {open && (
          <VersionsPanel
            {...props}
            onReplaced={(plan, notice) => {
              setOpen(false)
              props.onReplaced(plan, notice)
            }}
            onNewPlan={(id) => {
              setOpen(false)
              props.onNewPlan(id)
            }}
          />
        )}
      </Modal>
    </>
  )
}
