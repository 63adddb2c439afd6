import type { YearEvent, YearWheel } from '../../../../shared/model/yearWheel'

const suffix = () => crypto.randomUUID().slice(0, 8)

export function newEvent(): YearEvent {
  return { id: `e-${suffix()}`, name: '', kind: 'meeting', months: [], dates: [], who: '', prepare: '' }
}

export function blankWheel(municipality: string, title: string): YearWheel {
  return {
    id: `aarshjul-${crypto.randomUUID()}`,
    municipality,
    title,
    version: '1',
    source: { url: '', date: '', note: '' },
    events: [newEvent()],
  }
}

/** A shipped wheel is not edited in place: the user edits a copy under a new id, with its source
 * kept so the copy still says where its events came from. */
export function copyOfWheel(w: YearWheel, title: string): YearWheel {
  return { ...w, id: `aarshjul-${crypto.randomUUID()}`, title, events: w.events.map((e) => ({ ...e })) }
}
