import { startTransition, useEffect, useRef, useState, type RefObject } from 'react'

/**
 * Whether a heavy node view (an initiative card, with a dozen inputs) should draw itself in full.
 * Opening a long plan mounts every card at once, and drawing them all live costs more than the text
 * around them; so a card that arrives with the plan starts as a light copy of itself and turns live
 * when it comes near the visible part of the plan, when focus or a pointer reaches it, or else a few
 * at a time when the page is idle, so every card is live soon after opening. A card created later
 * (inserted, pasted, undone) is live at once: the user is about to fill it in.
 */
export function useHydrateWhenNear(
  startLight: boolean,
): [boolean, RefObject<HTMLElement | null>, () => void] {
  const [live, setLive] = useState(!startLight)
  const ref = useRef<HTMLElement | null>(null)
  useEffect(() => {
    const el = ref.current
    if (live || !el) return
    const wake = () => setLive(true)
    return watch(el, wake)
  }, [live])
  return [live, ref, () => setLive(true)]
}

const NEAR = '800px 0px'
const IDLE_BATCH = 3

type Entry = { wake: () => void }
const waiting = new Map<Element, Entry>()
const observers = new WeakMap<Element, IntersectionObserver>()
let idleScheduled = false

// Observed against the plan's own scroll box, so "near" reaches past its visible edge.
function observerFor(el: Element): IntersectionObserver {
  const root = el.closest('.plan-editor-scroll') ?? document.documentElement
  let io = observers.get(root)
  if (!io) {
    io = new IntersectionObserver(
      (entries) => entries.forEach((e) => e.isIntersecting && waiting.get(e.target)?.wake()),
      { root: root === document.documentElement ? null : root, rootMargin: NEAR },
    )
    observers.set(root, io)
  }
  return io
}

function watch(el: Element, wake: () => void): () => void {
  const io = observerFor(el)
  const stop = () => {
    waiting.delete(el)
    io.unobserve(el)
  }
  waiting.set(el, { wake: () => (stop(), wake()) })
  io.observe(el)
  scheduleIdle()
  return stop
}

const requestIdle: (cb: (d: IdleDeadline) => void) => void =
  typeof requestIdleCallback === 'function'
    ? (cb) => requestIdleCallback(cb, { timeout: 2000 })
    : (cb) => setTimeout(() => cb({ didTimeout: true, timeRemaining: () => 0 } as IdleDeadline), 50)

// A few cards per idle moment, as a transition: a keystroke in between is never held up by them.
function scheduleIdle(): void {
  if (idleScheduled) return
  idleScheduled = true
  requestIdle(() => {
    idleScheduled = false
    const batch = [...waiting.values()].slice(0, IDLE_BATCH)
    startTransition(() => batch.forEach((e) => e.wake()))
    if (waiting.size > 0) scheduleIdle()
  })
}
