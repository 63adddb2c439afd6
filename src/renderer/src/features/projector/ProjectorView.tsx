import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { inBackground } from '../errors/inBackground'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'
import { presentedSections, type PresentedSection } from '../../../../shared/derive/presentedSections'
import { useMeetingView } from '../meeting/useMeeting'
import { SectionBlocks } from './SectionBlocks'
import { RoomIdeas } from './RoomIdeas'
import { stepOfKey } from './presenterKeys'
import { useStepQueue } from './useStepQueue'
import './projector.css'

/**
 * What the room sees on the projector (its own window, route #projector/<planId>): the plan's
 * section the facilitator is at, in large type on a dark ground, the ideas from the room with their
 * dots, and how to join. No editing chrome. The keys move the section for everyone (meeting.present).
 */
export function ProjectorView({ planId }: { planId: string }) {
  const { t } = useTranslation('meeting')
  const { view, error } = useMeetingView(planId)
  const [sections, setSections] = useState<PresentedSection[]>([])
  const [planError, setPlanError] = useState<unknown>(null)
  const shown = view?.presenting?.section ?? 0
  const part = view?.presenting?.part ?? 0
  const parts = view?.presenting?.parts ?? 1
  const body = useRef<HTMLDivElement>(null)
  const [measuredFor, setMeasuredFor] = useState<{ of: PresentedSection | null; n: number }>({
    of: null,
    n: 1,
  })

  // The plan is read again whenever the section changes, so edits made since show up.
  useEffect(() => {
    api['plans.get']({ id: planId }).then(
      (plan) => setSections(presentedSections(plan.doc)),
      (e: unknown) => setPlanError(e),
    )
  }, [planId, shown])

  const send = useCallback(
    (to: { section: number; part: number }) => api['meeting.present']({ planId, ...to }),
    [planId],
  )
  const steps = useStepQueue(view, sections.length)
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const step = stepOfKey(e.key)
      if (step === null) return
      e.preventDefault()
      inBackground(steps.step(step, send), 'ProjectorView')
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [steps, send])

  const section = sections[Math.min(shown, sections.length - 1)] ?? null

  // A long section is laid out in screen-high columns side by side (CSS multi-column), one column a
  // part: each part is a whole screen of whole lines, the heading stays above it, and the room sees
  // "del 2 af 3" rather than text sliding past. The projector alone can measure how many parts there
  // are; it tells the meeting, so the laptop's strip and keys know too.
  const measure = useCallback(() => {
    const el = body.current
    if (!el) return
    const gap = parseFloat(getComputedStyle(el).columnGap) || 0
    const n = Math.max(1, Math.round((el.scrollWidth + gap) / (el.clientWidth + gap)))
    setMeasuredFor((was) => (was.of === section && was.n === n ? was : { of: section, n }))
  }, [section])
  useLayoutEffect(measure, [measure])
  // Until this section is measured its parts are unknown: nothing is told, so no stale count is.
  const known = measuredFor.of === section
  const measured = known ? measuredFor.n : parts
  useEffect(() => {
    const el = body.current
    if (!el) return
    const observer = new ResizeObserver(measure)
    observer.observe(el)
    return () => observer.disconnect()
  }, [measure])
  const shownPart = part < 0 ? measured - 1 : Math.min(part, measured - 1)
  useEffect(() => {
    if (!view?.presenting || !known || (parts === measured && part === shownPart)) return
    inBackground(
      api['meeting.present']({ planId, section: shown, part: shownPart, parts: measured }),
      'ProjectorView',
    )
  }, [planId, view?.presenting, known, shown, part, parts, measured, shownPart])
  useLayoutEffect(() => {
    const el = body.current
    if (!el) return
    const gap = parseFloat(getComputedStyle(el).columnGap) || 0
    el.scrollLeft = shownPart * (el.clientWidth + gap)
  }, [shownPart, section, measured])
  const address = view?.running && view.url ? view.url.replace(/^http:\/\//, '') : null

  return (
    <main className="projector">
      <section className="projector-plan" aria-labelledby="projector-title">
        {section ? (
          <>
            <p className="projector-count">
              {t('projector.sectionOf', {
                n: Math.min(shown, sections.length - 1) + 1,
                count: sections.length,
              })}
              {measured > 1 && ` · ${t('projector.partOf', { n: shownPart + 1, count: measured })}`}
            </p>
            <h1 id="projector-title">{section.title}</h1>
            <div className="projector-body" ref={body} data-testid="projector-body">
              <SectionBlocks blocks={section.blocks} />
            </div>
          </>
        ) : (
          <h1 id="projector-title">{t('projector.noSections')}</h1>
        )}
        <ErrorMessage error={planError ?? error} />
      </section>
      <RoomIdeas view={view} section={section?.title ?? null} />
      {address && (
        <footer className="projector-join">
          {t('projector.join')} <strong>{address}</strong>
        </footer>
      )}
    </main>
  )
}
