/**
 * Tells node views whether they are near the visible part of the plan: within NEAR_PX above or
 * below the plan's scroll box (or the window), so a card turns live before it scrolls into sight.
 *
 * Not an IntersectionObserver: one with a target per card (195 in a 300-page plan) made Chromium
 * recompute every card's intersection in every frame whose layout changed anywhere on the page —
 * a word count or a save status drawn in a pause in typing cost 3.5 ms of it. Cards come near
 * the screen when the plan scrolls, when the window is resized, or when the text around them grows
 * or shrinks; so the cards are measured then (at most once a frame), and never otherwise.
 */
const NEAR_PX = 800

type Watcher = (near: boolean) => void
type Watch = { el: Element; watcher: Watcher; near: boolean | null }

type Area = {
  watches: Set<Watch>
  /** The elements the cards sit in, watched for a change of size (text typed or removed). */
  parents: Map<Element, number>
  resize: ResizeObserver
  queued: boolean
}

const areas = new Map<Element | null, Area>()

function measure(root: Element | null, area: Area): void {
  area.queued = false
  const box = root ? root.getBoundingClientRect() : { top: 0, bottom: window.innerHeight }
  for (const w of area.watches) {
    if (!w.el.isConnected) continue
    const r = w.el.getBoundingClientRect()
    // Not laid out (display: none, or not yet in a drawn frame): not near, as an observer says.
    const drawn = r.width > 0 || r.height > 0
    const near = drawn && r.bottom >= box.top - NEAR_PX && r.top <= box.bottom + NEAR_PX
    if (near === w.near) continue
    w.near = near
    w.watcher(near)
  }
}

function areaFor(root: Element | null): Area {
  const existing = areas.get(root)
  if (existing) return existing
  const queue = () => {
    if (area.queued) return
    area.queued = true
    requestAnimationFrame(() => measure(root, area))
  }
  const area: Area = {
    watches: new Set(),
    parents: new Map(),
    resize: new ResizeObserver(queue),
    queued: false,
  }
  ;(root ?? window).addEventListener('scroll', queue, { passive: true })
  window.addEventListener('resize', queue, { passive: true })
  areas.set(root, area)
  return area
}

/** Calls `watcher` with true when `el` comes near the visible part of `root`, false when it leaves;
 * the first call comes once the element is laid out. Returns the function that stops watching. */
export function watchNearness(el: Element, root: Element | null, watcher: Watcher): () => void {
  const area = areaFor(root)
  const watch: Watch = { el, watcher, near: null }
  area.watches.add(watch)
  const parent = el.parentElement
  if (parent) {
    const n = area.parents.get(parent) ?? 0
    if (n === 0) area.resize.observe(parent)
    area.parents.set(parent, n + 1)
  }
  // A ResizeObserver reports every element once when first observed; a card in a parent already
  // watched is measured with the next frame.
  if (!area.queued) {
    area.queued = true
    requestAnimationFrame(() => measure(root, area))
  }
  return () => {
    area.watches.delete(watch)
    if (!parent) return
    const n = (area.parents.get(parent) ?? 1) - 1
    if (n > 0) area.parents.set(parent, n)
    else {
      area.parents.delete(parent)
      area.resize.unobserve(parent)
    }
  }
}
