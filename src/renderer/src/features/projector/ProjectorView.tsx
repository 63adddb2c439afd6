import { useCallback, useEffect, useState } from 'react'
import { inBackground } from '../errors/inBackground'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'
import { presentedSections, type PresentedSection } from '../../../../shared/derive/presentedSections'
import { useMeetingView } from '../meeting/useMeeting'
import { SectionBlocks } from './SectionBlocks'
import { RoomIdeas } from './RoomIdeas'
import { stepOfKey, stepTo } from './presenterKeys'
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

  // The plan is read again whenever the section changes, so edits made since show up.
  useEffect(() => {
    api['plans.get']({ id: planId }).then(
      (plan) => setSections(presentedSections(plan.doc)),
      (e: unknown) => setPlanError(e),
    )
  }, [planId, shown])

  const move = useCallback(
    (key: string) => {
      const step = stepOfKey(key)
      if (step === null) return false
      inBackground(
        api['meeting.present']({ planId, section: stepTo(shown, step, sections.length) }),
        'ProjectorView',
      )
      return true
    },
    [planId, shown, sections.length],
  )
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (move(e.key)) e.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [move])

  const section = sections[Math.min(shown, sections.length - 1)] ?? null
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
            </p>
            <h1 id="projector-title">{section.title}</h1>
            <div className="projector-body">
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
