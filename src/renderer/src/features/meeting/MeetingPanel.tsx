import { useState } from 'react'
import type { Editor } from '@tiptap/react'
import { useEditorState } from '@tiptap/react'
import { useTranslation } from 'react-i18next'
import { Field } from './Field'
import { api } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'
import { MeetingStart } from './MeetingStart'
import { VotingSettings } from './VotingSettings'
import { IdeaItem } from './IdeaItem'
import { IntoPlan } from './IntoPlan'
import { planSections } from './insertIdeas'
import { useMeeting } from './useMeeting'
import { inBackground } from '../errors/inBackground'
import { PresenterStrip } from '../projector/PresenterStrip'
import './meeting.css'

type Props = { editor: Editor; planId: string }

/** "Borgermøde": the facilitator's side of the citizens' meeting, beside the plan. */
export function MeetingPanel({ editor, planId }: Props) {
  const { t } = useTranslation('meeting')
  const { view, error, run } = useMeeting(planId)
  const sections = useEditorState({ editor, selector: ({ editor: e }) => planSections(e.state.doc) }) ?? []
  const [text, setText] = useState('')
  const [section, setSection] = useState('')
  const [chosen, setChosen] = useState<string[]>([])
  const record = view?.record ?? null
  const roots = record?.ideas.filter((i) => !i.mergedInto) ?? []
  const sectionTitles = [...new Set(sections.map((s) => s.title))]

  async function addIdea(e: React.FormEvent) {
    e.preventDefault()
    if (!text.trim()) return
    const ok = await run(() => api['meeting.addIdea']({ planId, text, section: section || null }))
    if (ok) setText('')
  }

  return (
    <div className="meeting-panel">
      <PresenterStrip editor={editor} planId={planId} view={view} run={run} />
      <MeetingStart planId={planId} view={view} sections={sectionTitles} run={run} />
      <ErrorMessage error={error} />
      <form className="meeting-add" onSubmit={(e) => inBackground(addIdea(e), 'MeetingPanel')}>
        <Field label={t('panel.typeIdea')}>
          <textarea value={text} maxLength={500} rows={2} onChange={(e) => setText(e.target.value)} />
        </Field>
        <Field label={t('panel.section')}>
          <select value={section} onChange={(e) => setSection(e.target.value)}>
            <option value="">{t('panel.noSection')}</option>
            {sectionTitles.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </Field>
        <button type="submit" className="btn" disabled={!text.trim()}>
          {t('panel.addIdea')}
        </button>
      </form>
      {record && (
        <>
          <VotingSettings planId={planId} record={record} voters={view?.voters ?? 0} run={run} />
          <h3 className="meeting-heading">{t('panel.ideas', { count: roots.length })}</h3>
          {roots.length === 0 ? (
            <p className="meeting-hint">{t('panel.noIdeas')}</p>
          ) : (
            <ul className="meeting-ideas" aria-live="polite" aria-relevant="additions">
              {[...roots]
                .sort((a, b) => (view?.tally[b.id] ?? 0) - (view?.tally[a.id] ?? 0))
                .map((idea) => (
                  <IdeaItem
                    key={idea.id}
                    planId={planId}
                    idea={idea}
                    dots={view?.tally[idea.id] ?? 0}
                    others={roots.filter((o) => o.id !== idea.id && !o.hidden)}
                    merged={record.ideas.filter((m) => m.mergedInto === idea.id)}
                    chosen={chosen.includes(idea.id)}
                    onChoose={(c) =>
                      setChosen((ids) => (c ? [...ids, idea.id] : ids.filter((x) => x !== idea.id)))
                    }
                    run={run}
                  />
                ))}
            </ul>
          )}
          <IntoPlan
            editor={editor}
            record={record}
            sections={sections}
            chosen={chosen}
            onInserted={(ids) => {
              setChosen([])
              inBackground(
                run(() => api['meeting.markInPlan']({ planId, ideaIds: ids })),
                'MeetingPanel',
              )
            }}
          />
        </>
      )}
    </div>
  )
}
