import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dispatch } from '../../../src/main/backend/dispatch'
import { openMeetingRoom, type MeetingRoom } from './meetingRoom'

let room: MeetingRoom
beforeEach(async () => {
  room = await openMeetingRoom()
})
afterEach(() => room.cleanup())

describe('meeting.present with the parts of a long section', () => {
  it('keeps the parts the projector measured and the timer while the section stays, and starts both anew on the next', async () => {
    const { planId, handlers } = room
    const first = await handlers['meeting.present']({ planId, section: 1 })
    expect(first.presenting).toMatchObject({ section: 1, part: 0, parts: 1 })
    const measured = await handlers['meeting.present']({ planId, section: 1, part: 0, parts: 3 })
    expect(measured.presenting).toMatchObject({ section: 1, part: 0, parts: 3 })
    await new Promise((r) => setTimeout(r, 20))
    // The laptop steps to part 2 without knowing the count: the projector's stays.
    const later = await handlers['meeting.present']({ planId, section: 1, part: 2 })
    expect(later.presenting).toMatchObject({ section: 1, part: 2, parts: 3 })
    expect(later.presenting!.since).toBe(first.presenting!.since)
    // Back into the previous section asks for its last part (-1); its count is unknown until measured.
    const back = await handlers['meeting.present']({ planId, section: 0, part: -1 })
    expect(back.presenting).toMatchObject({ section: 0, part: -1, parts: 1 })
    expect(back.presenting!.since).not.toBe(first.presenting!.since)
  })

  it('refuses a part or a count outside what a projector can show', async () => {
    for (const bad of [{ part: -2 }, { part: 1.5 }, { parts: 0 }, { parts: 5000 }]) {
      const answer = await dispatch(room.handlers, 'meeting.present', {
        planId: room.planId,
        section: 0,
        ...bad,
      })
      expect(answer.ok, JSON.stringify(bad)).toBe(false)
    }
  })
})
