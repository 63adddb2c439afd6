import type { CommentPlacement } from '../../../shared/model/review'
import { locate, type PlanText } from './planText'
import { normalise } from './normalise'

type Anchor = { anchorText: string; before: string; after: string }

function allIndexes(hay: string, needle: string): number[] {
  const out: number[] = []
  for (let i = hay.indexOf(needle); i >= 0 && out.length < 50; i = hay.indexOf(needle, i + 1)) out.push(i)
  return out
}

/** How much of the Word context agrees with the plan around a candidate: picks among repeats. */
function contextScore(hay: string, from: number, to: number, a: Anchor): number {
  const n = normalise
  const before = n(a.before).text.trimStart().slice(-30)
  const after = n(a.after).text.trimEnd().slice(0, 30)
  const hb = n(hay.slice(Math.max(0, from - 60), from)).text
  const ha = n(hay.slice(to, to + 60)).text
  let score = 0
  for (let k = before.length; k > 0; k--)
    if (hb.endsWith(before.slice(-k))) {
      score += k
      break
    }
  for (let k = after.length; k > 0; k--)
    if (ha.startsWith(after.slice(0, k))) {
      score += k
      break
    }
  return score
}

function best(hay: string, candidates: [number, number][], a: Anchor): [number, number] | null {
  let pick: [number, number] | null = null
  let top = -1
  for (const c of candidates) {
    const s = contextScore(hay, c[0], c[1], a)
    if (s > top) [pick, top] = [c, s]
  }
  return pick
}

/**
 * Finds a comment's passage in the plan as it is now: the exact text first, then the text with
 * spaces and case evened out, then (fuzzy) its first and last words with its context. Repeats are
 * told apart by the text around them. A range over several blocks is kept to the first block.
 */
export function placeComment(pt: PlanText, a: Anchor): CommentPlacement | null {
  const anchor = a.anchorText
  const hay = pt.text
  let found: [number, number] | null = null
  let match: CommentPlacement['match'] = 'exact'
  if (anchor)
    found = best(
      hay,
      allIndexes(hay, anchor).map((i) => [i, i + anchor.length]),
      a,
    )
  if (!found && anchor) {
    match = 'normalised'
    const h = pt.normalised
    const needle = normalise(anchor).text.trim()
    const hits = needle ? allIndexes(h.text, needle) : []
    found = best(
      hay,
      hits.map((i) => [h.map[i], h.map[i + needle.length - 1] + 1]),
      a,
    )
  }
  if (!found) {
    match = 'fuzzy'
    found = fuzzy(pt, a)
  }
  if (!found) return null
  const start = locate(pt, found[0])
  if (!start) return null
  const end = Math.min(found[1] - start.block.start, start.block.text.length)
  return { path: start.block.path, from: start.offset, to: Math.max(start.offset, end), match }
}

function fuzzy(pt: PlanText, a: Anchor): [number, number] | null {
  const h = pt.normalised
  const words = normalise(a.anchorText).text.trim().split(' ').filter(Boolean)
  if (words.length >= 6) {
    const head = words.slice(0, 3).join(' ')
    const tail = words.slice(-3).join(' ')
    const maxLen = Math.ceil(normalise(a.anchorText).text.length * 1.5) + 20
    for (const i of allIndexes(h.text, head)) {
      const j = h.text.indexOf(tail, i + head.length)
      if (j >= 0 && j + tail.length - i <= maxLen) return [h.map[i], h.map[j + tail.length - 1] + 1]
    }
  }
  // A point comment (or a rewritten passage): where its context still stands together.
  const before = normalise(a.before).text.trim().slice(-25)
  const after = normalise(a.after).text.trim().slice(0, 25)
  if (before.length >= 12 && after.length >= 12) {
    for (const i of allIndexes(h.text, before)) {
      const j = h.text.indexOf(after, i + before.length)
      if (j >= 0 && j - (i + before.length) <= Math.max(40, a.anchorText.length * 1.5)) {
        return [h.map[i + before.length], h.map[Math.max(i + before.length, j)]]
      }
    }
  }
  return null
}
