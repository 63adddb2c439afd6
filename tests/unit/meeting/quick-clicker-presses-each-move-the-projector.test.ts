import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openMeetingRoom, type MeetingRoom } from './meetingRoom'
import { createStepQueue, type Target } from '../../../src/renderer/src/features/projector/presenterSteps'
import { stepPlace } from '../../../src/renderer/src/features/projector/presenterKeys'

let room: MeetingRoom
beforeEach(async () => {
  room = await openMeetingRoom()
})
afterEach(() => room.cleanup())

describe('the facilitator steps the projector one press at a time', () => {
  it('five PageDowns pressed before any answer move five parts, not one', async () => {
    const { planId, handlers } = room
    // The projector has measured a long first section of 10 parts.
    const start = await handlers['meeting.present']({ planId, section: 0, part: 0, parts: 10 })
    const sent: number[] = []
    const send = async (to: Target) => {
      sent.push(to.part)
      return handlers['meeting.present']({ planId, ...to })
    }
    const queue = createStepQueue()
    queue.see(start, 2)
    await Promise.all([1, 2, 3, 4, 5].map(() => queue.step(1, send)))
    expect(sent).toEqual([1, 2, 3, 4, 5])
    const now = await handlers['meeting.get']({ planId })
    expect(now.presenting).toMatchObject({ section: 0, part: 5, parts: 10 })
  })

  it('a view older than the last answer (a long poll arriving late) does not send the next step back', async () => {
    const { planId, handlers } = room
    const start = await handlers['meeting.present']({ planId, section: 0, part: 0, parts: 10 })
    const send = (to: Target) => handlers['meeting.present']({ planId, ...to })
    const queue = createStepQueue()
    queue.see(start, 2)
    await queue.step(1, send)
    await queue.step(1, send)
    queue.see(start, 2) // rendered from a stale answer: part 0
    await queue.step(1, send)
    expect((await handlers['meeting.get']({ planId })).presenting).toMatchObject({ part: 3 })
  })

  it('the end of the last part goes on to the next section, and back lands on its last part', async () => {
    const { planId, handlers } = room
    const start = await handlers['meeting.present']({ planId, section: 0, part: 8, parts: 10 })
    const send = (to: Target) => handlers['meeting.present']({ planId, ...to })
    const queue = createStepQueue()
    queue.see(start, 2)
    await queue.step(1, send)
    await queue.step(1, send)
    expect((await handlers['meeting.get']({ planId })).presenting).toMatchObject({ section: 1, part: 0 })
    await queue.step(-1, send)
    expect((await handlers['meeting.get']({ planId })).presenting).toMatchObject({ section: 0, part: -1 })
  })

  it('a refused step leaves the queue working for the next press', async () => {
    const { planId, handlers } = room
    const start = await handlers['meeting.present']({ planId, section: 0, part: 0, parts: 10 })
    let fail = true
    const send = async (to: Target) => {
      if (fail) {
        fail = false
        throw new Error('the backend is restarting')
      }
      return handlers['meeting.present']({ planId, ...to })
    }
    const queue = createStepQueue()
    queue.see(start, 2)
    await expect(queue.step(1, send)).rejects.toThrow('restarting')
    await queue.step(1, send)
    expect((await handlers['meeting.get']({ planId })).presenting).toMatchObject({ part: 1 })
  })
})

describe('stepPlace', () => {
  it('reads part -1 (the last part, not yet measured) as the last part', () => {
    expect(stepPlace({ section: 0, part: -1, parts: 4 }, -1, 2)).toEqual({ section: 0, part: 2 })
    expect(stepPlace({ section: 0, part: -1, parts: 4 }, 1, 2)).toEqual({ section: 1, part: 0 })
    expect(stepPlace({ section: 1, part: -1, parts: 1 }, -1, 2)).toEqual({ section: 0, part: -1 })
  })
})
