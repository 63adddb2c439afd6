/**
 * Main-thread work read from a Chrome trace (CDP Tracing, the timeline categories DevTools uses):
 * the renderer's main thread is busy exactly while it runs a task, so the sum of its top-level
 * tasks in a window is all the work done there, script, style, layout, paint and hit-testing alike.
 * Used by the editor bench for the work a keystroke costs and the work a pause in typing costs.
 */
import type { CDPSession } from '@playwright/test'

type TraceEvent = {
  name: string
  ph: string
  ts: number
  dur?: number
  pid: number
  tid: number
  args?: { name?: string; data?: { type?: string } }
}

export type Trace = { tasks: { start: number; end: number }[]; keydowns: number[]; end: number }

const TOP_LEVEL = new Set(['RunTask', 'ThreadControllerImpl::RunTask'])

/** Traces the page's renderer while `act` runs and keeps its main thread's tasks and keydowns (ms). */
export async function traceMainThread(cdp: CDPSession, act: () => Promise<void>): Promise<Trace> {
  const events: TraceEvent[] = []
  // CDP types trace events as string maps; they are the Trace Event Format's objects.
  const onData = (e: { value: object[] }) => void events.push(...(e.value as TraceEvent[]))
  cdp.on('Tracing.dataCollected', onData)
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,toplevel',
    transferMode: 'ReportEvents',
  })
  try {
    await act()
  } finally {
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()))
    await cdp.send('Tracing.end')
    await done
    cdp.off('Tracing.dataCollected', onData)
  }
  // The page's main thread: the renderer main thread that received the keystrokes, else the
  // renderer main thread that worked most (a trace of a page doing something without typing).
  const keyEvents = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown')
  const main = keyEvents[0] ?? busiestRendererMain(events)
  if (!main) throw new Error('the trace holds no renderer main thread')
  const mine = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X')
  const tasks: Trace['tasks'] = []
  let until = -Infinity
  for (const e of mine.filter((x) => TOP_LEVEL.has(x.name)).sort((a, b) => a.ts - b.ts)) {
    // Nested RunTask events (a task inside a task) are counted once, by their outermost task.
    if (e.ts < until) continue
    until = e.ts + (e.dur ?? 0)
    tasks.push({ start: e.ts / 1000, end: until / 1000 })
  }
  return {
    tasks,
    keydowns: keyEvents.filter((e) => e.pid === main.pid && e.tid === main.tid).map((e) => e.ts / 1000),
    end: Math.max(...mine.map((e) => (e.ts + (e.dur ?? 0)) / 1000)),
  }
}

function busiestRendererMain(events: TraceEvent[]): TraceEvent | undefined {
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
  const work = (t: TraceEvent) =>
    events
      .filter((e) => e.pid === t.pid && e.tid === t.tid && TOP_LEVEL.has(e.name))
      .reduce((sum, e) => sum + (e.dur ?? 0), 0)
  return mains.sort((a, b) => work(b) - work(a))[0]
}

/** Milliseconds of task time on the main thread between `from` and `to` (tasks clipped to it). */
export function busyBetween(trace: Trace, from: number, to: number): number {
  let busy = 0
  for (const t of trace.tasks) busy += Math.max(0, Math.min(t.end, to) - Math.max(t.start, from))
  return busy
}
