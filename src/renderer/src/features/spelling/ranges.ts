import type { Mapping } from '@tiptap/pm/transform'
import type { Transaction } from '@tiptap/pm/state'

/** A span of document positions, from inclusive to exclusive. Lists are kept sorted and apart. */
export type Range = { from: number; to: number }

/** Adds ranges to a list, joining those that overlap or touch. */
export function joinRanges(list: readonly Range[], more: readonly Range[]): Range[] {
  const all = [...list, ...more].filter((r) => r.to >= r.from).sort((a, b) => a.from - b.from)
  const out: Range[] = []
  for (const r of all) {
    const last = out.at(-1)
    if (last && r.from <= last.to) last.to = Math.max(last.to, r.to)
    else out.push({ ...r })
  }
  return out
}

/** The parts of `list` outside every range of `cut`. */
export function cutRanges(list: readonly Range[], cut: readonly Range[]): Range[] {
  let out = [...list]
  for (const c of cut) {
    out = out.flatMap((r) => {
      if (c.to <= r.from || c.from >= r.to) return [r]
      const parts: Range[] = []
      if (r.from < c.from) parts.push({ from: r.from, to: c.from })
      if (c.to < r.to) parts.push({ from: c.to, to: r.to })
      return parts
    })
  }
  return out
}

export function mapRanges(list: readonly Range[], mapping: Mapping): Range[] {
  return joinRanges(
    [],
    list.map((r) => ({ from: mapping.map(r.from, -1), to: mapping.map(r.to, 1) })),
  )
}

/** Where a transaction changed the document, in the positions of its new document. */
export function changedRanges(tr: Transaction): Range[] {
  const out: Range[] = []
  tr.mapping.maps.forEach((map, i) => {
    const after = tr.mapping.slice(i + 1)
    map.forEach((_oldFrom, _oldTo, newFrom, newTo) => {
      out.push({ from: after.map(newFrom, -1), to: after.map(newTo, 1) })
    })
  })
  return joinRanges([], out)
}

/** The ranges in the order the spell check looks at them: their parts on screen first (in the
 * order of the plan), then the rest, so the marks come where the user is looking. */
export function screenFirst(list: readonly Range[], onScreen: Range | null): Range[] {
  if (!onScreen) return [...list]
  // An empty range is where text was deleted: the word around it is looked at again, so one on
  // screen goes first like any other.
  const emptyOnScreen = (r: Range) => r.from === r.to && r.from >= onScreen.from && r.from <= onScreen.to
  const shown = list
    .map((r) => ({ from: Math.max(r.from, onScreen.from), to: Math.min(r.to, onScreen.to) }))
    .filter((r) => r.from < r.to)
  const shownEmpty = list.filter(emptyOnScreen)
  if (shown.length === 0 && shownEmpty.length === 0) return [...list]
  const first = [...shown, ...shownEmpty].sort((a, b) => a.from - b.from)
  return [
    ...first,
    ...cutRanges(
      list.filter((r) => !emptyOnScreen(r)),
      shown,
    ),
  ]
}
