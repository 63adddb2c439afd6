import type { MeetingView } from '../../../../shared/model/meeting'
import { stepPlace, type Place, type Step } from './presenterKeys'

type Known = { place: Place; count: number; rev: number }
export type Target = { section: number; part: number }

/**
 * The facilitator's steps (keys, a clicker's PageDown), taken one after another, each from where
 * the one before it landed. A clicker pressed twice quickly must move twice: reading the place
 * from the last render would send the same target again while the first answer is on its way, or
 * while React has painted the new place but not yet handed the key listener the new closure.
 *
 * `see` is told each view the screen renders; an answer to a step counts over any view older than
 * it, so a long poll's earlier view arriving late does not send the next step back.
 */
export function createStepQueue() {
  let known: Known | null = null
  let tail: Promise<unknown> = Promise.resolve()

  const placeOf = (view: MeetingView): Place | null =>
    view.presenting
      ? { section: view.presenting.section, part: view.presenting.part, parts: view.presenting.parts }
      : null

  return {
    see(view: MeetingView | null, count: number) {
      const place = view && placeOf(view)
      if (!view || !place) return
      if (known && view.rev < known.rev) {
        known = { ...known, count }
        return
      }
      known = { place, count, rev: view.rev }
    },
    /** Resolves once this step has been answered by `send` (or rejects with why it was refused). */
    step(step: Step, send: (to: Target) => Promise<MeetingView | null>): Promise<void> {
      const next = tail.then(async () => {
        if (!known) return
        const answer = await send(stepPlace(known.place, step, known.count))
        const place = answer && placeOf(answer)
        if (answer && place) known = { place, count: known.count, rev: answer.rev }
      })
      tail = next.catch(() => undefined)
      return next
    },
  }
}
