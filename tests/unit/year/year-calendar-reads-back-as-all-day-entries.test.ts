import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { yearCalendar } from '../../../src/main/backend/export/ics/yearCalendar'
import type { YearWheel } from '../../../src/shared/model/yearWheel'

const wheel: YearWheel = {
  id: 'test-wheel',
  municipality: 'Testkommune',
  title: 'Årshjul',
  version: '3',
  source: { url: '', date: '', note: '' },
  events: [
    {
      id: 'moede',
      name: 'Tema- og budgetmøde',
      kind: 'meeting',
      months: [6, 12],
      dates: [],
      who: 'Landdistriktsrådet',
      prepare: 'Temaer',
    },
    {
      id: 'pulje',
      name: 'Landdistriktspuljen',
      kind: 'deadline',
      months: [],
      dates: ['2027-03-01', '2028-03-01'],
      who: '',
      prepare: '',
    },
  ],
}

function read(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text))
  return cal.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v)
    return {
      uid: e.uid,
      summary: e.summary,
      description: e.description,
      start: e.startDate.toString(),
      end: e.endDate.toString(),
      allDay: e.startDate.isDate,
    }
  })
}

describe('the year wheel as an .ics file', () => {
  it('holds each meeting month and each deadline of the year as all-day entries a calendar reads', () => {
    const events = read(yearCalendar(wheel, 2027, 'da'))
    expect(events.map((e) => [e.summary, e.start, e.end, e.allDay])).toEqual([
      ['Tema- og budgetmøde', '2027-06-01', '2027-07-01', true],
      ['Tema- og budgetmøde', '2027-12-01', '2028-01-01', true],
      ['Frist: Landdistriktspuljen', '2027-03-01', '2027-03-02', true],
    ])
    expect(events[0].description).toContain('Hvem: Landdistriktsrådet')
    expect(events[0].description).toContain('Det forbereder I: Temaer')
    expect(new Set(events.map((e) => e.uid)).size).toBe(3)
  })

  it('gives an entry the same UID in every export, so a calendar updates it instead of doubling it', () => {
    const uids = (w: YearWheel) => read(yearCalendar(w, 2027, 'en')).map((e) => e.uid)
    expect(uids({ ...wheel, version: '4', title: 'Renamed' })).toEqual(uids(wheel))
  })

  it('speaks the chosen language', () => {
    expect(read(yearCalendar(wheel, 2027, 'en'))[2].summary).toBe('Deadline: Landdistriktspuljen')
  })
})
