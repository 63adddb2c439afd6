import { useCallback, useEffect, useMemo, useState } from 'react'
import { inBackground } from '../errors/inBackground'
import type { Editor } from '@tiptap/react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import type { MeetingView } from '../../../../shared/model/meeting'
import { presentedSections } from '../../../../shared/derive/presentedSections'
import { stepOfKey } from './presenterKeys'
import { isTypingTarget } from './typingTarget'
import { useStepQueue } from './useStepQueue'

type Props = {
  editor: Editor
  planId: string
  view: MeetingView | null
  run: (f: () => Promise<MeetingView>) => Promise<boolean>
}

const clock = (ms: number) => {
  const s = Math.max(0, Math.floor(ms / 1000))
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`
}

/** The laptop's side of the projector: open it (second display or "samme skærm"), and while it is
 * open the current and next section, the section's prompt, a timer, and the keys that move it. */
export function PresenterStrip({ editor, planId, view, run }: Props) {
  const { t } = useTranslation('meeting')
  const [sameScreen, setSameScreen] = useState(false)
  const [display, setDisplay] = useState<'external' | 'same' | null>(null)
  const [now, setNow] = useState(() => Date.now())
  const presenting = view?.presenting ?? null
  // Read from the editor when the meeting changes (the section moves, an idea arrives), not per keystroke.
  const rev = view?.rev
  const sections = useMemo(
    () => (rev === undefined ? [] : presentedSections(editor.getJSON())),
    [editor, rev],
  )

  useEffect(() => {
    if (!presenting) return
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [presenting])

  async function open() {
    await run(async () => {
      const placed = await api['meeting.openProjector']({ planId, sameScreen })
      setDisplay(placed.display)
      return placed.view
    })
  }
  const go = useCallback(
    (to: { section: number; part?: number }) =>
      inBackground(
        run(() => api['meeting.present']({ planId, ...to })),
        'PresenterStrip',
      ),
    [planId, run],
  )
  const at = presenting ? Math.min(presenting.section, Math.max(0, sections.length - 1)) : 0
  const part = presenting?.part ?? 0
  const parts = presenting?.parts ?? 1
  const send = useCallback(
    async (to: { section: number; part: number }) => {
      let answer: MeetingView | null = null
      await run(async () => (answer = await api['meeting.present']({ planId, ...to })))
      return answer
    },
    [planId, run],
  )
  const steps = useStepQueue(view, sections.length)

  // A clicker sends PageDown/PageUp to whatever has the focus: while the projector is open the keys
  // move it from anywhere on the laptop (the strip, the panel, the page), except where the user is
  // typing (the plan's editor, a text field), where they keep their editing meaning.
  useEffect(() => {
    if (!presenting) return
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTypingTarget(e.target)) return
      const step = stepOfKey(e.key)
      if (step === null) return
      e.preventDefault()
      inBackground(steps.step(step, send), 'PresenterStrip')
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [presenting, steps, send])

  if (!presenting) {
    return (
      <div className="presenter presenter-closed">
        <button type="button" className="btn" onClick={() => inBackground(open(), 'PresenterStrip')}>
          {t('presenter.open')}
        </button>
        <label className="presenter-same">
          <input type="checkbox" checked={sameScreen} onChange={(e) => setSameScreen(e.target.checked)} />
          {t('presenter.sameScreen')}
        </label>
      </div>
    )
  }
  const current = sections[at] ?? null
  const next = sections[at + 1] ?? null
  return (
    <div className="presenter" role="group" aria-label={t('presenter.title')}>
      <div className="presenter-now">
        <span className="presenter-label">{t('presenter.onProjector')}</span>
        <strong data-testid="presenter-current">
          {current ? `${at + 1}/${sections.length} · ${current.title}` : '–'}
        </strong>
        {parts > 1 && (
          <span className="presenter-part" data-testid="presenter-part">
            {t('projector.partOf', { n: Math.max(0, Math.min(part, parts - 1)) + 1, count: parts })}
          </span>
        )}
        <span className="presenter-timer" aria-label={t('presenter.timer')} role="timer">
          {clock(now - Date.parse(presenting.since))}
        </span>
      </div>
      <p className="presenter-next">
        <span className="presenter-label">{t('presenter.next')}:</span>{' '}
        {next ? next.title : t('presenter.noNext')}
      </p>
      {current?.prompt && (
        <p className="presenter-prompt">
          <span className="presenter-label">{t('presenter.prompt')}:</span> {current.prompt}
        </p>
      )}
      <div className="presenter-buttons">
        <button type="button" className="btn" disabled={at <= 0} onClick={() => go({ section: at - 1 })}>
          {t('presenter.previous')}
        </button>
        <button
          type="button"
          className="btn btn-primary"
          disabled={!next}
          onClick={() => go({ section: at + 1 })}
        >
          {t('presenter.nextButton')}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() =>
            inBackground(
              run(() => api['meeting.closeProjector']({ planId })),
              'PresenterStrip',
            )
          }
        >
          {t('presenter.close')}
        </button>
      </div>
      <p className="meeting-hint">
        {display && `${t(display === 'external' ? 'presenter.external' : 'presenter.same')} `}
        {t('presenter.keys')}
      </p>
    </div>
  )
}
