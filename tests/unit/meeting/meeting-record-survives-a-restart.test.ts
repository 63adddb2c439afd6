import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { device, openMeetingRoom, postJson, type MeetingRoom } from './meetingRoom'

let room: MeetingRoom
beforeEach(async () => {
  room = await openMeetingRoom()
})
afterEach(() => room.cleanup())

const onDisk = async () => {
  try {
    return JSON.parse(await readFile(join(room.dir, 'plans', room.planId, 'meeting.json'), 'utf8')) as {
      ideas: { text: string }[]
    }
  } catch {
    return null
  }
}

describe('the meeting record is saved with the plan', () => {
  it('is on disk within a moment of an idea arriving, without any close', async () => {
    await postJson(`${room.base}/ideas`, { device: device(), text: 'Ny shelterplads', section: null })
    await expect
      .poll(async () => (await onDisk())?.ideas.map((i) => i.text), { timeout: 5000 })
      .toEqual(['Ny shelterplads'])
  })

  it('keeps ideas, hiding, merges, votes and settings across a restart of the backend', async () => {
    const who = device()
    await postJson(`${room.base}/ideas`, { device: who, text: 'Hundeskov', section: 'Natur' })
    await postJson(`${room.base}/ideas`, { device: who, text: 'Hundeskov ved åen', section: 'Natur' })
    let view = await room.handlers['meeting.addIdea']({ planId: room.planId, text: 'Spam', section: null })
    const [a, b, spam] = view.record!.ideas.map((i) => i.id)
    await postJson(`${room.base}/votes`, { device: who, ideaId: a, delta: 1 })
    await room.handlers['meeting.mergeIdea']({ planId: room.planId, ideaId: b, intoId: a })
    await room.handlers['meeting.hideIdea']({ planId: room.planId, ideaId: spam, hidden: true })
    view = await room.handlers['meeting.setVoting']({
      planId: room.planId,
      voting: { dots: 5, maxPerIdea: 3, open: false },
    })
    const before = view.record
    await room.restart()
    const after = await room.get()
    expect(after.running).toBe(false)
    expect(after.record).toEqual({ ...before, endedAt: expect.any(String) })
    expect(after.tally).toEqual({ [a]: 1, [spam]: 0 })
  })
})
