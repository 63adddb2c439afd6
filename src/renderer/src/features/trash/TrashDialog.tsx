import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TrashEntry } from '../../../../shared/api'
import { api } from '../../api/client'
import { Modal } from '../../components/Modal'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useAppInfo } from '../app/AppInfoContext'
import { TrashRow } from './TrashRow'
import { inBackground } from '../errors/inBackground'

type Props = {
  open: boolean
  entries: TrashEntry[] | null
  listError: unknown
  onClose: () => void
  /** A plan came back or the trash was emptied: the home screen reads its lists again. */
  onChanged: () => Promise<void>
}

/**
 * The Papirkurv: deleted plans with "Gendan" each, and "Tøm papirkurven" after a confirm that names
 * how many go for good. What happened is said in a status line inside the dialog (a live region, so
 * a screen reader reads it too), and focus moves to the next plan's "Gendan" (or to "Luk") when the
 * one that had it leaves the list.
 */
export function TrashDialog({ open, entries, listError, onClose, onChanged }: Props) {
  const { t } = useTranslation('trash')
  const readOnly = useAppInfo().readOnly
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const [status, setStatus] = useState('')
  const [confirming, setConfirming] = useState(false)
  const [focusIndex, setFocusIndex] = useState<number | null>(null)
  const listRef = useRef<HTMLUListElement>(null)
  const closeRef = useRef<HTMLButtonElement>(null)
  const count = entries?.length ?? 0

  useEffect(() => {
    if (!open) {
      setStatus('')
      setError(null)
    }
  }, [open])

  useEffect(() => {
    if (focusIndex === null || busy) return
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('button.trash-restore') ?? []
    const next = buttons[Math.min(focusIndex, buttons.length - 1)]
    ;(next ?? closeRef.current)?.focus()
    setFocusIndex(null)
  }, [entries, focusIndex, busy])

  const act = async (action: () => Promise<string>, focusAfter: number | null) => {
    setBusy(true)
    setError(null)
    setStatus('')
    try {
      const said = await action()
      await onChanged()
      setStatus(said)
    } catch (e) {
      setError(e)
    } finally {
      setBusy(false)
      setFocusIndex(focusAfter)
    }
  }

  const restore = (entry: TrashEntry, index: number) => {
    if (!entry.trashId) return
    const trashId = entry.trashId
    inBackground(
      act(async () => {
        const back = await api['trash.restore']({ trashId })
        return t('restored', { title: back.title })
      }, index),
      'TrashDialog',
    )
  }

  const empty = () => {
    setConfirming(false)
    inBackground(
      act(async () => {
        const { removed } = await api['trash.empty']()
        return t('emptied', { count: removed })
      }, 0),
      'TrashDialog',
    )
  }

  return (
    <>
      <Modal
        open={open}
        title={t('title')}
        onClose={onClose}
        footer={
          <>
            {count > 0 && (
              <button
                type="button"
                className="btn btn-quiet danger-text trash-empty"
                onClick={() => setConfirming(true)}
                disabled={busy || readOnly}
              >
                {t('emptyButton')}
              </button>
            )}
            <button type="button" className="btn btn-primary" onClick={onClose} ref={closeRef}>
              {t('common:actions.close')}
            </button>
          </>
        }
      >
        <div className="trash-panel">
          <p className="trash-intro">{t('intro')}</p>
          {readOnly && <p className="hint">{t('readOnly')}</p>}
          <p role="status" className="trash-status">
            {status}
          </p>
          <ErrorMessage error={error ?? listError} onDismiss={error ? () => setError(null) : undefined} />
          {entries && entries.length === 0 && <p className="trash-none">{t('empty')}</p>}
          {entries && entries.length > 0 && (
            <ul className="trash-list" aria-label={t('listLabel')} ref={listRef} aria-busy={busy}>
              {entries.map((e, i) => (
                <TrashRow
                  key={e.kind === 'plan' ? e.trashId : e.fileName}
                  entry={e}
                  disabled={busy || readOnly}
                  onRestore={() => restore(e, i)}
                />
              ))}
            </ul>
          )}
        </div>
      </Modal>
      <ConfirmDialog
        open={confirming}
        danger
        title={t('confirm.title', { count })}
        body={t('confirm.body', { count })}
        confirmLabel={t('confirm.button')}
        onCancel={() => setConfirming(false)}
        onConfirm={empty}
      />
    </>
  )
}
