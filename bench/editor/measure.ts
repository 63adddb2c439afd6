/**
 * What the editor bench measures in a page, the same way for the app and for the bare TipTap peer:
 * - keystroke to paint (rAF): from the key event to the first task after the next frame, i.e.
 *   after the frame that paints the change;
 * - Event Timing: the browser's own record of each keystroke (keydown, keypress, keyup of one
 *   interaction): its processing (the event handlers) and its duration (to the next paint);
 * - main-thread work per keystroke and per pause in typing, from a Chrome trace (mainThread.ts);
 * - the JS heap after garbage collection has settled, and the size of the editor's DOM.
 */
import type { CDPSession, Page } from '@playwright/test'
import { busyBetween, traceMainThread } from './mainThread'

export const pct = (xs: number[], p: number) => {
  if (xs.length === 0) return NaN
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]
}
export const round = (n: number) => Math.round(n * 10) / 10

const TEXT = 'forsamlingshuset og legepladsen ved skolen '

/** Puts the caret at the start of the paragraph in the middle of the document. */
export async function caretInTheMiddle(page: Page): Promise<void> {
  // Offscreen blocks have an estimated height (content-visibility), so the first scroll lands near
  // the paragraph and moves it as the blocks around it are laid out: scroll again once settled,
  // else the click misses the text and the keystrokes go nowhere (and time nothing).
  for (let i = 0; i < 2; i++) {
    await page.evaluate(() => {
      const ps = document.querySelectorAll('.ProseMirror > p')
      ;(ps[Math.floor(ps.length / 2)] as HTMLElement).scrollIntoView({ block: 'center' })
    })
    await page.waitForTimeout(300)
  }
  const paragraphs = page.locator('.ProseMirror > p')
  const box = await paragraphs.nth(Math.floor((await paragraphs.count()) / 2)).boundingBox()
  if (!box) throw new Error('no middle paragraph')
  await page.mouse.click(box.x + 40, box.y + 5)
}

const typedCount = (page: Page) =>
  page.evaluate((t) => document.querySelector('.ProseMirror')?.textContent?.split(t).length ?? 0, TEXT)

/** Types n letters, 25 ms apart, where the caret is (letter `from` of the text on). */
export async function typeLetters(page: Page, n: number, from = 0): Promise<void> {
  for (let i = from; i < from + n; i++)
    await page.keyboard.type(TEXT[i % TEXT.length], { delay: 0 }).then(() => page.waitForTimeout(25))
}

export type Typing = {
  /** Key event to the first task after the next frame, per keystroke (ms). */
  latency: number[]
  /** Event Timing per reported keystroke: handlers' time summed over its events (ms). */
  processing: number[]
  /** Event Timing per reported keystroke: its longest event's duration, to the next paint (ms). */
  duration: number[]
}

type TimingWindow = {
  __lat: number[]
  __et: Map<number, { processing: number; duration: number }>
  __typedBefore: number
  __timing?: true
}

/**
 * Starts timing every keystroke in the page: rAF latency, and Event Timing (which reports only
 * events of 16 ms or more, the API's floor: `processing` and `duration` hold those it reported).
 */
export async function startKeystrokeTiming(page: Page): Promise<void> {
  const before = await typedCount(page)
  await page.evaluate((typedBefore) => {
    const w = window as unknown as TimingWindow
    w.__lat = []
    w.__et = new Map()
    w.__typedBefore = typedBefore
    // The listeners are installed once per page; a later start only empties what they fill.
    if (w.__timing) return
    w.__timing = true
    window.addEventListener(
      'keydown',
      (e) => {
        const t0 = e.timeStamp
        requestAnimationFrame(() => setTimeout(() => w.__lat.push(performance.now() - t0)))
      },
      true,
    )
    new PerformanceObserver((list) => {
      // interactionId is in Chromium's Event Timing but not yet in TypeScript's DOM types.
      for (const e of list.getEntries() as (PerformanceEventTiming & { interactionId?: number })[]) {
        if (!e.interactionId || !['keydown', 'keypress', 'keyup'].includes(e.name)) continue
        const k = w.__et.get(e.interactionId) ?? { processing: 0, duration: 0 }
        k.processing += e.processingEnd - e.processingStart
        k.duration = Math.max(k.duration, e.duration)
        w.__et.set(e.interactionId, k)
      }
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit)
  }, before)
}

/** The keystrokes timed since startKeystrokeTiming; throws when they did not reach the text. */
export async function keystrokeTiming(page: Page): Promise<Typing> {
  await page.waitForTimeout(300)
  const before = await page.evaluate(() => (window as unknown as TimingWindow).__typedBefore)
  if ((await typedCount(page)) <= before)
    throw new Error('the keystrokes did not reach the text: the timing would be meaningless')
  return page.evaluate(() => {
    const w = window as unknown as TimingWindow
    const et = [...w.__et.values()]
    return {
      latency: w.__lat,
      processing: et.map((e) => e.processing),
      duration: et.map((e) => e.duration),
    }
  })
}

/** Times n keystrokes typed where the caret is (the spell bench's on/off turns on one page). */
export async function typeAndTime(page: Page, n: number): Promise<Typing> {
  await startKeystrokeTiming(page)
  await typeLetters(page, n)
  return keystrokeTiming(page)
}

/** One burst of typing and the pause after it, under a trace of the main thread. */
export type Burst = {
  /** Main-thread work from one keydown to the next inside the burst (ms). */
  perKeystroke: number[]
  /** Main-thread work in the pause, from 150 ms after the last key to its end (ms). */
  pause: number
}

/**
 * Types `keys` letters and waits `pauseMs` (longer than autosave's wait, the save, the outline and
 * the word count), tracing the main thread.
 */
export async function burstAndPause(
  page: Page,
  cdp: CDPSession,
  { keys = 20, pauseMs = 2500, from = 0 } = {},
): Promise<Burst> {
  const trace = await traceMainThread(cdp, async () => {
    await typeLetters(page, keys, from)
    await page.waitForTimeout(pauseMs)
  })
  const at = [...trace.keydowns].sort((x, y) => x - y)
  const perKeystroke: number[] = []
  for (let k = 0; k + 1 < at.length; k++) perKeystroke.push(busyBetween(trace, at[k], at[k + 1]))
  const last = at[at.length - 1]
  return { perKeystroke, pause: busyBetween(trace, last + 150, trace.end) }
}

/** The JS heap once garbage collection has settled: one forced GC leaves garbage that the next
 * one still frees (objects held across the V8/DOM boundary), so collect until it stops shrinking. */
export async function settledHeapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  let last = Infinity
  try {
    for (let i = 0; i < 8; i++) {
      await cdp.send('HeapProfiler.collectGarbage')
      const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }
      const mb = usedSize / 1024 / 1024
      if (last - mb < 0.05) return round(Math.min(mb, last))
      last = mb
    }
    return round(last)
  } finally {
    await cdp.detach()
  }
}

/** Elements in the editor's DOM: what the browser lays out, paints and hit-tests. */
export function domSize(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelector('.ProseMirror')?.querySelectorAll('*').length ?? 0)
}
