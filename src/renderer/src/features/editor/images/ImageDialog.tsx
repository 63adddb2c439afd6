import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Modal } from '../../../components/Modal'
import { IMAGE_ALIGNS, IMAGE_SIZES, MAX_CAPTION } from '../../../../../shared/document/image/imageLayout'
import { ChoiceRadios } from './ChoiceRadios'
import type { ImageChoices } from './imageChoices'

type Props = {
  previewUrl: string | null
  initial: ImageChoices
  busy: boolean
  onConfirm: (choices: ImageChoices) => void
  onClose: () => void
}

/** Asks for the picture's description before it goes in (the accessible Word file needs it, and a
 * volunteer who is asked right away writes a better one than a checker's list at the end), and how
 * it sits on the page: size, alignment and a caption, as Word would ask. */
export function ImageDialog({ previewUrl, initial, busy, onConfirm, onClose }: Props) {
  const { t } = useTranslation('editor')
  const [choices, setChoices] = useState(initial)
  const set = (patch: Partial<ImageChoices>) => setChoices((c) => ({ ...c, ...patch }))
  const submit = (e: FormEvent) => {
    e.preventDefault()
    onConfirm({ ...choices, alt: choices.alt.trim(), caption: choices.caption.trim() })
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
            rows={2}
            value={choices.alt}
            onChange={(e) => set({ alt: e.target.value })}
            aria-describedby="image-alt-hint"
          />
          <p id="image-alt-hint" className="hint">
            {t('image.altHint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor="image-caption">{t('image.captionLabel')}</label>
          <input
            id="image-caption"
            type="text"
            maxLength={MAX_CAPTION}
            value={choices.caption}
            onChange={(e) => set({ caption: e.target.value })}
            aria-describedby="image-caption-hint"
          />
          <p id="image-caption-hint" className="hint">
            {t('image.captionHint')}
          </p>
        </div>
        <div className="image-choice-row">
          <ChoiceRadios
            legend={t('image.sizeLabel')}
            options={IMAGE_SIZES}
            value={choices.size}
            label={(o) => t(`image.size.${o}`)}
            onChange={(size) => set({ size })}
          />
          <ChoiceRadios
            legend={t('image.alignLabel')}
            options={IMAGE_ALIGNS}
            value={choices.align}
            label={(o) => t(`image.align.${o}`)}
            onChange={(align) => set({ align })}
          />
        </div>
        <div className="modal-footer">
          <button type="button" className="btn" onClick={onClose}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {previewUrl ? t('image.insert') : t('image.save')}
          </button>
        </div>
      </form>
    </Modal>
  )
}
