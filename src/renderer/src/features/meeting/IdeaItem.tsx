import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Field } from './Field'
import { api } from '../../api/client'
import type { MeetingIdea, MeetingView } from '../../../../shared/model/meeting'
import { inBackground } from '../errors/inBackground'

type Props = {
  planId: string
  idea: MeetingIdea
  dots: number
  /** Ideas it can be merged with (shown, not merged themselves, not itself). */
  others: MeetingIdea[]
  merged: MeetingIdea[]
  chosen: boolean
  onChoose: (chosen: boolean) => void
  run: (f: () => Promise<MeetingView>) => Promise<boolean>
}

/** One idea in the facilitator's list: its text (as text), dots, and hide, edit, merge, choose. */
export function IdeaItem({ planId, idea, dots, others, merged, chosen, onChoose, run }: Props) {
  const { t } = useTranslation('meeting')
  const [editing, setEditing] = useState<string | null>(null)
  const label = idea.text.slice(0, 60)
  return (
    <li className={`meeting-idea${idea.hidden ? ' is-hidden' : ''}`} data-idea={idea.id}>
      {editing === null ? (
        <p className="meeting-idea-text">{idea.text}</p>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault()
            inBackground(
              run(() => api['meeting.editIdea']({ planId, ideaId: idea.id, text: editing })).then(
                (ok) => ok && setEditing(null),
              ),
              'IdeaItem',
            )
          }}
        >
          <Field label={t('panel.editLabel')}>
            <textarea value={editing} maxLength={500} rows={3} onChange={(e) => setEditing(e.target.value)} />
          </Field>
          <button type="submit" className="btn btn-primary">
            {t('panel.save')}
          </button>{' '}
          <button type="button" className="btn btn-quiet" onClick={() => setEditing(null)}>
            {t('panel.cancel')}
          </button>
        </form>
      )}
      <p className="meeting-hint">
        <strong>{t('panel.dots', { count: dots })}</strong>
        {' · '}
        {idea.source === 'phone' ? t('panel.fromPhone') : t('panel.fromFacilitator')}
        {idea.section && ` · ${idea.section}`}
        {idea.hidden && ` · ${t('panel.hidden')}`}
        {idea.inPlan && ` · ${t('panel.inPlan')}`}
      </p>
      {merged.length > 0 && (
        <ul className="meeting-merged">
          {merged.map((m) => (
            <li key={m.id}>
              {m.text}{' '}
              <button
                type="button"
                className="btn btn-quiet"
                onClick={() =>
                  inBackground(
                    run(() => api['meeting.mergeIdea']({ planId, ideaId: m.id, intoId: null })),
                    'IdeaItem',
                  )
                }
              >
                {t('panel.unmerge')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="meeting-idea-actions">
        <label className="meeting-choose">
          <input type="checkbox" checked={chosen} onChange={(e) => onChoose(e.target.checked)} />
          {t('panel.select')}
        </label>
        <button
          type="button"
          className="btn btn-quiet"
          aria-label={`${idea.hidden ? t('panel.show') : t('panel.hide')}: ${label}`}
          onClick={() =>
            inBackground(
              run(() => api['meeting.hideIdea']({ planId, ideaId: idea.id, hidden: !idea.hidden })),
              'IdeaItem',
            )
          }
        >
          {idea.hidden ? t('panel.show') : t('panel.hide')}
        </button>
        <button
          type="button"
          className="btn btn-quiet"
          aria-label={`${t('panel.edit')}: ${label}`}
          onClick={() => setEditing(idea.text)}
        >
          {t('panel.edit')}
        </button>
        {others.length > 0 && (
          <Field label={t('panel.mergeInto')} className="meeting-merge">
            <select
              value=""
              onChange={(e) => {
                const intoId = e.target.value
                if (intoId)
                  inBackground(
                    run(() => api['meeting.mergeIdea']({ planId, ideaId: idea.id, intoId })),
                    'IdeaItem',
                  )
              }}
            >
              <option value="">{t('panel.mergeChoose')}</option>
              {others.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.text.slice(0, 60)}
                </option>
              ))}
            </select>
          </Field>
        )}
      </div>
    </li>
  )
}
