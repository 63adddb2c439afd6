/**
 * Tells node views whether they are near the visible part of the plan: within NEAR of the plan's
 * scroll box (or the window), so a card turns live before it scrolls into sight. One observer per
 * scroll box, shared by every card in it.
 */
const NEAR = '800px 0px'

type Watcher = (near: boolean) => void
const watchers = new Map<Element, Watcher>()
const observers = new WeakMap<Element, IntersectionObserver>()

function observerFor(root: Element | null): IntersectionObserver {
  // The window's observer is kept under the document element.
  const key = root ?? document.documentElement
  let io = observers.get(key)
  if (!io) {
    io = new IntersectionObserver(
      (entries) => entries.forEach((e) => watchers.get(e.target)?.(e.isIntersecting)),
      { root, rootMargin: NEAR },
    )
    observers.set(key, io)
  }
  return io
}

/** Calls `watcher` with true when `el` comes near the visible part of `root`, false when it leaves;
 * the first call comes once the element is laid out. Returns the function that stops watching. */
export function watchNearness(el: Element, root: Element | null, watcher: Watcher): () => void {
  const io = observerFor(root)
  watchers.set(el, watcher)
  io.observe(el)
  return () => {
    watchers.delete(el)
    io.unobserve(el)
  }
}
