import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dispatch } from '../../../src/main/backend/dispatch'
import type { MeetingView } from '../../../src/shared/model/meeting'
import { device, openMeetingRoom, postJson, TEST_WAIT_MS, type MeetingRoom } from './meetingRoom'

let room: MeetingRoom
beforeEach(async () => {
  room = await openMeetingRoom()
})
afterEach(() => room.cleanup())

/** Through dispatch, as the panel's and the projector's calls arrive. */
async function wait(sinceRev: number): Promise<MeetingView> {
  const answer = await dispatch(room.handlers, 'meeting.waitForChange', { planId: room.planId, sinceRev })
  if (!answer.ok) throw new Error(JSON.stringify(answer.error))
  return answer.value as MeetingView
}

describe('meeting.waitForChange (the push to the panel and the projector)', () => {
  it("answers when a phone's idea arrives, not before", async () => {
    const { rev } = await room.get()
    let answered: MeetingView | null = null
    const waiting = wait(rev).then((v) => (answered = v))
    await new Promise((r) => setTimeout(r, 100))
    expect(answered).toBeNull()
    const sent = Date.now()
    expect((await postJson(`${room.base}/ideas`, { device: device(), text: 'Shelter ved åen' })).status).toBe(
      200,
    )
    const view = await waiting
    expect(Date.now() - sent).toBeLessThan(TEST_WAIT_MS)
    expect(view.rev).toBeGreaterThan(rev)
    expect(view.record!.ideas.map((i) => i.text)).toContain('Shelter ved åen')
  })

  it('answers at once for a caller that is behind, and after the wait with nothing new', async () => {
    const { rev } = await room.handlers['meeting.addIdea']({
      planId: room.planId,
      text: 'Loppemarked',
      section: null,
    })
    expect((await wait(rev - 1)).rev).toBe(rev)
    const started = Date.now()
    const same = await wait(rev)
    expect(same.rev).toBe(rev)
    expect(Date.now() - started).toBeGreaterThanOrEqual(TEST_WAIT_MS - 50)
  })

  it('wakes on votes and on the projector moving, and every waiter hears it', async () => {
    const idea = await room.handlers['meeting.addIdea']({
      planId: room.planId,
      text: 'Bålplads',
      section: null,
    })
    const ideaId = idea.record!.ideas[0].id
    const a = wait(idea.rev)
    const b = wait(idea.rev)
    await postJson(`${room.base}/votes`, { device: device(), ideaId, delta: 1 })
    const [va, vb] = await Promise.all([a, b])
    expect(va.tally[ideaId]).toBe(1)
    expect(vb.rev).toBe(va.rev)
    const moving = wait(va.rev)
    await room.handlers['meeting.present']({ planId: room.planId, section: 2 })
    expect((await moving).presenting).toMatchObject({ section: 2 })
  })

  it('lets a waiting call go when the backend closes', async () => {
    const { rev } = await room.get()
    const waiting = wait(rev)
    await room.backend.close()
    await expect(waiting).resolves.toMatchObject({ rev })
  })
})
