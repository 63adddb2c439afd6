import { randomUUID } from 'node:crypto'
import type { ReviewComment, ReviewList } from '../../../shared/model/review'
import type { Fs } from '../store/fsFacade'
import type { PlanStore } from '../plans/planStore'
import { openDocx } from '../import/openDocx'
import { readWordComments } from './wordComments'
import { planText } from './planText'
import { placeComment } from './placeComment'
import { derivedOrigins, placeDerived } from './placeDerived'
import { createReviewStore } from './reviewStore'

/**
 * The consultant's comments on a plan: read from a returned .docx, kept beside the plan, and placed
 * against the plan's text as it is now each time they are listed, so a comment follows its passage
 * through later edits and lands in "could not be placed" once the passage is gone.
 */
export function createReviews(backend: { fs: Fs; dataDir: string; plans: Pick<PlanStore, 'get'> }) {
  const store = createReviewStore(backend.fs, backend.dataDir)

  async function list(planId: string): Promise<ReviewList> {
    const plan = await backend.plans.get(planId)
    const pt = planText(plan.doc)
    const origins = derivedOrigins(plan.doc)
    const placed: ReviewComment[] = []
    const unplaced: ReviewComment[] = []
    for (const c of await store.read(planId)) {
      const p = placeDerived(origins, c, placeComment(pt, c))
      ;(p ? placed : unplaced).push({ ...c, placed: p })
    }
    placed.sort((a, b) => comparePath(a.placed!.path, b.placed!.path) || a.placed!.from - b.placed!.from)
    return { placed, unplaced }
  }

  return {
    list,

    async importFrom(planId: string, bytes: Uint8Array, source: string) {
      await backend.plans.get(planId)
      const found = readWordComments(openDocx(bytes))
      const duplicates = await store.update(planId, (comments) => {
        const key = (c: { wordId: string; author: string; text: string }) =>
          `${c.wordId}\u0000${c.author}\u0000${c.text}`
        const known = new Set(comments.map(key))
        let dupes = 0
        for (const w of found) {
          if (known.has(key(w))) {
            dupes++
            continue
          }
          known.add(key(w))
          comments.push({
            id: randomUUID(),
            ...clip(w),
            placed: null,
            handled: false,
            source: source.slice(0, 300),
          })
        }
        return dupes
      })
      return { ...(await list(planId)), duplicates, found: found.length }
    },

    async setHandled(planId: string, commentId: string, handled: boolean): Promise<ReviewList> {
      await store.update(planId, (comments) => {
        const c = comments.find((x) => x.id === commentId)
        if (c) c.handled = handled
      })
      return list(planId)
    },
  }
}

export type Reviews = ReturnType<typeof createReviews>

function clip(w: ReturnType<typeof readWordComments>[number]) {
  return {
    wordId: w.wordId.slice(0, 50),
    author: w.author.slice(0, 200),
    initials: w.initials.slice(0, 20),
    date: w.date.slice(0, 50),
    text: w.text.slice(0, 20000),
    anchorText: w.anchorText.slice(0, 5000),
    before: w.before.slice(-200),
    after: w.after.slice(0, 200),
    ...(w.origin
      ? { origin: { ...w.origin, ...(w.origin.row ? { row: w.origin.row.slice(0, 500) } : {}) } }
      : {}),
  }
}

function comparePath(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i]
  return a.length - b.length
}
