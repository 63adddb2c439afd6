import { writeFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseHTML } from './fixtures/html'
import { exportSample, toHtml } from './fixtures/readDocx'
import { device, openMeetingRoom, postJson, type MeetingRoom } from '../meeting/meetingRoom'

let room: MeetingRoom
beforeEach(async () => {
  room = await openMeetingRoom()
})
afterEach(() => room.cleanup())

/** A meeting as it happens: phones send ideas and dots, the facilitator types, merges, hides and
 * puts one into the plan. The record is the real backend's. */
async function heldMeeting() {
  const send = (text: string, section: string | null = null) =>
    postJson(`${room.base}/ideas`, { device: device(), text, section })
  await send('Bænke ved søen', 'Natur')
  await send('<b>Cykelsti</b> til skolen', 'Trafik')
  await send('Køb min bil')
  const typed = await room.handlers['meeting.addIdea']({
    planId: room.planId,
    text: 'Bænke ved åen',
    section: null,
  })
  const byText = (t: string) => typed.record!.ideas.find((i) => i.text === t)!.id
  const [sø, cykel, bil, å] = [
    'Bænke ved søen',
    '<b>Cykelsti</b> til skolen',
    'Køb min bil',
    'Bænke ved åen',
  ].map(byText)
  const voters = [device(), device()]
  for (const v of voters) await postJson(`${room.base}/votes`, { device: v, ideaId: cykel, delta: 1 })
  await postJson(`${room.base}/votes`, { device: voters[0], ideaId: sø, delta: 1 })
  await room.handlers['meeting.mergeIdea']({ planId: room.planId, ideaId: å, intoId: sø })
  await room.handlers['meeting.hideIdea']({ planId: room.planId, ideaId: bil, hidden: true })
  const view = await room.handlers['meeting.markInPlan']({ planId: room.planId, ideaIds: [cykel] })
  return view.record!
}

describe('"Referat af borgermøde" in the Word file', () => {
  it('has the date, the ideas with their dots most first, the groups and what went into the plan', async () => {
    const record = await heldMeeting()
    const bytes = await exportSample({ meeting: record })
    if (process.env.MEETING_DOCX) writeFileSync(process.env.MEETING_DOCX, bytes)
    const blocks = parseHTML((await toHtml(bytes)).value)
    const at = blocks.findIndex((b) => b.tag === 'h1' && b.text === 'Referat af borgermøde')
    expect(at, 'the heading').toBeGreaterThan(0)
    const texts = blocks.slice(at).map((b) => `${b.tag}:${b.text}`)
    expect(texts[1]).toMatch(/^p:Borgermødet \d+\. \w+ \d{4}\. .* 2 telefoner satte prikker\.$/)
    // The table: number, idea, section, dots, in the plan; most dots first; markup as text.
    const cells = texts.filter((t) => t.startsWith('td:') || t.startsWith('th:'))
    expect(cells.slice(0, 5)).toEqual(['th:Nr.', 'th:Idé', 'th:Afsnit', 'th:Prikker', 'th:I planen'])
    expect(cells.slice(5, 10)).toEqual([
      'td:1',
      'td:<b>Cykelsti</b> til skolen',
      'td:Trafik',
      'td:2',
      'td:Ja',
    ])
    expect(cells[11]).toContain('Bænke ved søen (Slået sammen med denne: »Bænke ved åen«)')
    expect(cells.slice(12, 14)).toEqual(['td:Natur', 'td:1'])
    // The hidden advert is counted, never printed.
    expect(texts.join('\n')).not.toContain('Køb min bil')
    expect(texts).toContain('p:1 idé er skjult af mødelederen og ikke med her.')
    expect(texts).toContain('p:»Bænke ved søen«: »Bænke ved åen«')
    const into = texts.indexOf('p:Sat ind i planen:')
    expect(texts[into + 1]).toBe('p:– <b>Cykelsti</b> til skolen')
  })

  it('is left out unless asked for, and words itself in English', async () => {
    const record = await heldMeeting()
    const without = parseHTML((await toHtml(await exportSample())).value)
    expect(without.some((b) => b.text.includes('borgermøde'))).toBe(false)
    const english = parseHTML((await toHtml(await exportSample({ meeting: record, language: 'en' }))).value)
    expect(english.map((b) => b.text)).toContain("Minutes of the citizens' meeting")
  })
})
