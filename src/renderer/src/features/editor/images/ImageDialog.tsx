import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Modal } from '../../../components/Modal'

type Props = {
  previewUrl: string | null
  initialAlt: string
  busy: boolean
  onConfirm: (alt: string) => void
  onClose: () => void
}

/** Asks for the picture's description before it goes in: the accessible Word file needs it, and a
 * volunteer who is asked right away writes a better one than a checker's list at the end. */
export function ImageDialog({ previewUrl, initialAlt, busy, onConfirm, onClose }: Props) {
  const { t } = useTranslation('editor')
  const [alt, setAlt] = useState(initialAlt)
  const submit = (e: FormEvent) => {
    e.preventDefault()
    onConfirm(alt.trim())
  }
  return (
    <Modal title={previewUrl ? t('image.addTitle') : t('image.editTitle')} open onClose={onClose}>
      <form onSubmit={submit}>
        {previewUrl && <img className="image-dialog-preview" src={previewUrl} alt="" />}
        <div className="field">
          <label htmlFor="image-alt">{t('image.altLabel')}</label>
          <textarea
            id="image-alt"
            autoFocus
            rows={3}
            value={alt}
            onChange={(e) => setAlt(e.target.value)}
            aria-describedby="image-alt-hint"
          />
          <p id="image-alt-hint" className="hint">
            {t('image.altHint')}
          </p>
        </div>
        <div className="modal-footer">
          <button type="button" className="btn" onClick={onClose}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {previewUrl ? t('image.insert') : t('image.saveAlt')}
          </button>
        </div>
      </form>
    </Modal>
  )
}
