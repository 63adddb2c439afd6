import type { Services } from '../backend'
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

/** The facilitator's side of the citizens' meeting (backend/meeting/meetingService.ts). */
export function meetingHandlers(backend: Pick<Services, 'meetings'>): HandlersFor<MeetingCommands> {
  const m = backend.meetings
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
  }
}
