import { AppError } from '../../shared/model/errors'
import type { Services } from '../backend'
import type { Host } from '../hostApi'
import type { HandlersFor } from './types'

type MeetingCommands =
  | 'meeting.interfaces'
  | 'meeting.start'
  | 'meeting.stop'
  | 'meeting.get'
  | 'meeting.addIdea'
  | 'meeting.editIdea'
  | 'meeting.hideIdea'
  | 'meeting.mergeIdea'
  | 'meeting.setVoting'
  | 'meeting.markInPlan'
  | 'meeting.waitForChange'
  | 'meeting.present'
  | 'meeting.openProjector'
  | 'meeting.closeProjector'

/** The facilitator's side of the citizens' meeting (backend/meeting/meetingService.ts). */
export function meetingHandlers(
  backend: Pick<Services, 'meetings'>,
  host: Host,
): HandlersFor<MeetingCommands> {
  const m = backend.meetings
  const projector = () => {
    if (!host.projector)
      throw new AppError('io', 'no projector window here', { reason: 'projector-unavailable' })
    return host.projector
  }
  return {
    'meeting.interfaces': async () => m.interfaces(),
    'meeting.start': ({ planId, address, sections }) => m.start(planId, address, sections),
    'meeting.stop': ({ planId }) => m.stop(planId),
    'meeting.get': ({ planId }) => m.get(planId),
    'meeting.addIdea': ({ planId, text, section }) => m.addIdea(planId, text, section),
    'meeting.editIdea': ({ planId, ideaId, text }) => m.editIdea(planId, ideaId, text),
    'meeting.hideIdea': ({ planId, ideaId, hidden }) => m.hideIdea(planId, ideaId, hidden),
    'meeting.mergeIdea': ({ planId, ideaId, intoId }) => m.mergeIdea(planId, ideaId, intoId),
    'meeting.setVoting': ({ planId, voting }) => m.setVoting(planId, voting),
    'meeting.markInPlan': ({ planId, ideaIds }) => m.markInPlan(planId, ideaIds),
    'meeting.waitForChange': ({ planId, sinceRev }) => m.waitForChange(planId, sinceRev),
    'meeting.present': ({ planId, section, part, parts }) => m.present(planId, section, part, parts),
    'meeting.openProjector': async ({ planId, sameScreen }) => {
      const { display } = await projector().open({ planId, sameScreen })
      const shown = (await m.get(planId)).presenting?.section ?? 0
      return { display, view: await m.present(planId, shown) }
    },
    'meeting.closeProjector': async ({ planId }) => {
      await projector().close()
      return m.stopPresenting(planId)
    },
  }
}
