import { useState } from 'react'
import type { Editor } from '@tiptap/react'
import { useTranslation } from 'react-i18next'
import { Field } from './Field'
import { formatDay } from '../../../../shared/format/dates'
import type { MeetingRecord } from '../../../../shared/model/meeting'
import { insertIdeas, type PlanSection } from './insertIdeas'

type Props = {
  editor: Editor
  record: MeetingRecord
  sections: PlanSection[]
  chosen: string[]
  /** After the ideas are in the text: the backend marks them as in the plan. */
  onInserted: (ids: string[]) => void
}

/** "Indsæt i planen": the chosen ideas as paragraphs under a section, or as new initiatives. */
export function IntoPlan({ editor, record, sections, chosen, onInserted }: Props) {
  const { t, i18n } = useTranslation('meeting')
  const [as, setAs] = useState<'paragraphs' | 'initiatives'>('paragraphs')
  const [under, setUnder] = useState('')
  const [notice, setNotice] = useState<string | null>(null)
  const lang = i18n.language === 'en' ? 'en' : 'da'

  function insert() {
    const texts = chosen.map((id) => record.ideas.find((i) => i.id === id)?.text ?? '').filter(Boolean)
    const section = under === '' ? null : (sections[Number(under)] ?? null)
    const sourceLine = t('panel.source', { date: formatDay(new Date(record.startedAt), lang) })
    if (insertIdeas(editor, texts, { as, section, sourceLine })) {
      onInserted(chosen)
      setNotice(t('panel.inserted', { count: texts.length }))
    }
  }

  return (
    <fieldset className="meeting-into">
      <legend>{t('panel.intoPlan')}</legend>
      <div role="radiogroup" aria-label={t('panel.intoPlanAs')}>
        <label>
          <input
            type="radio"
            name="meeting-as"
            checked={as === 'paragraphs'}
            onChange={() => setAs('paragraphs')}
          />
          {t('panel.asParagraphs')}
        </label>
        <label>
          <input
            type="radio"
            name="meeting-as"
            checked={as === 'initiatives'}
            onChange={() => setAs('initiatives')}
          />
          {t('panel.asInitiatives')}
        </label>
      </div>
      <Field label={t('panel.underSection')}>
        <select value={under} onChange={(e) => setUnder(e.target.value)}>
          <option value="">{t('panel.endOfPlan')}</option>
          {sections.map((s, i) => (
            <option key={`${i}-${s.title}`} value={String(i)}>
              {s.title}
            </option>
          ))}
        </select>
      </Field>
      <button type="button" className="btn btn-primary" disabled={chosen.length === 0} onClick={insert}>
        {t('panel.insertSelected', { count: chosen.length })}
      </button>
      <p role="status" className="meeting-hint">
        {notice}
      </p>
    </fieldset>
  )
}
