/**
 * What the editor bench measures in a page, the same way for the app and for the bare TipTap peer:
 * keystroke latency (key event to the first task after the next frame, i.e. after the frame that
 * paints the change), key handling (keydown to keyup: the synchronous work a keystroke costs),
 * long events from the Event Timing API, and the JS heap after a forced GC.
 */
import type { Page } from '@playwright/test'

export const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]
}
export const round = (n: number) => Math.round(n * 10) / 10

export type Typing = { latency: number[]; handling: number[]; longEvents: number }

/** Types `keystrokes` letters into the paragraph in the middle of the document. */
export async function typeInTheMiddle(page: Page, keystrokes: number): Promise<Typing> {
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
  await page.evaluate(() => {
    const w = window as unknown as { __lat: number[]; __handle: number[]; __long: number }
    w.__lat = []
    w.__handle = []
    w.__long = 0
    let down = 0
    window.addEventListener(
      'keydown',
      (e) => {
        down = performance.now()
        const t0 = e.timeStamp
        requestAnimationFrame(() => setTimeout(() => w.__lat.push(performance.now() - t0)))
      },
      true,
    )
    window.addEventListener('keyup', () => w.__handle.push(performance.now() - down), true)
    // Event Timing reports only events of 16 ms or more: the count of keystrokes that took a frame.
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'keydown' || e.name === 'keypress') w.__long++
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit)
  })
  const paragraphs = page.locator('.ProseMirror > p')
  const box = await paragraphs.nth(Math.floor((await paragraphs.count()) / 2)).boundingBox()
  if (!box) throw new Error('no middle paragraph')
  const text = 'forsamlingshuset og legepladsen ved skolen '
  const typed = () =>
    page.evaluate((t) => document.querySelector('.ProseMirror')?.textContent?.split(t).length ?? 0, text)
  const before = await typed()
  await page.mouse.click(box.x + 40, box.y + 5)
  for (let i = 0; i < keystrokes; i++)
    await page.keyboard.type(text[i % text.length], { delay: 0 }).then(() => page.waitForTimeout(25))
  await page.waitForTimeout(300)
  if ((await typed()) <= before)
    throw new Error('the keystrokes did not reach the text: the timing would be meaningless')
  return page.evaluate(() => {
    const w = window as unknown as { __lat: number[]; __handle: number[]; __long: number }
    return { latency: w.__lat, handling: w.__handle, longEvents: w.__long }
  })
}

/** The JS heap after a forced GC, in the state the page is in (measured after typing, both sides). */
export async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }
  return round(usedSize / 1024 / 1024)
}

/** Elements in the editor's DOM: what the browser lays out, paints and hit-tests. */
export function domSize(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelector('.ProseMirror')?.querySelectorAll('*').length ?? 0)
}
