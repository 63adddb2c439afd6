import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { device, openMeetingRoom, postJson, type MeetingRoom } from './meetingRoom'

let room: MeetingRoom
beforeEach(async () => {
  room = await openMeetingRoom()
})
afterEach(() => room.cleanup())

async function idea(text: string): Promise<string> {
  const view = await room.handlers['meeting.addIdea']({ planId: room.planId, text, section: null })
  return view.record!.ideas.at(-1)!.id
}
const vote = (who: string, ideaId: string, delta: 1 | -1 = 1) =>
  postJson(`${room.base}/votes`, { device: who, ideaId, delta })

describe('dot voting from the phones', () => {
  it('gives each device N dots and at most M on one idea', async () => {
    await room.handlers['meeting.setVoting']({
      planId: room.planId,
      voting: { dots: 3, maxPerIdea: 2, open: true },
    })
    const a = await idea('Bænke ved søen')
    const b = await idea('Cykelsti til skolen')
    const me = device()
    expect((await vote(me, a)).status).toBe(200)
    expect((await vote(me, a)).status).toBe(200)
    const third = await vote(me, a)
    expect(third).toMatchObject({ status: 409, body: { error: 'meeting-idea-dots-full' } })
    expect((await vote(me, b)).body).toMatchObject({ mine: { left: 0 } })
    expect(await vote(me, b)).toMatchObject({ status: 409, body: { error: 'meeting-no-dots-left' } })
    expect((await room.get()).tally).toEqual({ [a]: 2, [b]: 1 })
    // A dot taken back can be placed again.
    expect((await vote(me, a, -1)).status).toBe(200)
    expect((await vote(me, b)).status).toBe(200)
    expect((await room.get()).tally).toEqual({ [a]: 1, [b]: 2 })
  })

  it('refuses dots once voting is closed, and on hidden ideas', async () => {
    const a = await idea('Fællesspisning')
    const b = await idea('Reklame for noget')
    await room.handlers['meeting.hideIdea']({ planId: room.planId, ideaId: b, hidden: true })
    expect(await vote(device(), b)).toMatchObject({ status: 404 })
    await room.handlers['meeting.setVoting']({
      planId: room.planId,
      voting: { dots: 3, maxPerIdea: 2, open: false },
    })
    expect(await vote(device(), a)).toMatchObject({ status: 409, body: { error: 'meeting-voting-closed' } })
    expect((await room.get()).tally).toEqual({ [a]: 0, [b]: 0 })
  })

  it('counts the dots of merged ideas on the idea they were merged into, capped together', async () => {
    const a = await idea('Legeplads')
    const b = await idea('Legeplads ved hallen')
    const me = device()
    await vote(me, a)
    await vote(me, b)
    await room.handlers['meeting.mergeIdea']({ planId: room.planId, ideaId: b, intoId: a })
    const view = await room.get()
    expect(view.tally).toEqual({ [a]: 2 })
    // Two dots on the merged pair already: the cap of two per idea holds for the pair.
    expect(await vote(me, a)).toMatchObject({ status: 409, body: { error: 'meeting-idea-dots-full' } })
    const state = (await (await fetch(`${room.base}/state?device=${me}`)).json()) as {
      state: { ideas: { id: string; votes: number }[] }
      mine: { mine: Record<string, number>; left: number }
    }
    expect(state.state.ideas).toEqual([expect.objectContaining({ id: a, votes: 2 })])
    expect(state.mine).toEqual({ mine: { [a]: 2 }, left: 1 })
    await room.handlers['meeting.mergeIdea']({ planId: room.planId, ideaId: b, intoId: null })
    expect((await room.get()).tally).toEqual({ [a]: 1, [b]: 1 })
  })

  it('pushes each new idea to the open event streams', async () => {
    const res = await fetch(`${room.base}/events`)
    const reader = res.body!.getReader()
    const decoder = new TextDecoder()
    let seen = ''
    await postJson(`${room.base}/ideas`, { device: device(), text: 'Byfest i august', section: 'Natur' })
    while (!seen.includes('Byfest i august')) seen += decoder.decode((await reader.read()).value)
    expect(seen).toContain('"section":"Natur"')
    await reader.cancel()
  })
})
