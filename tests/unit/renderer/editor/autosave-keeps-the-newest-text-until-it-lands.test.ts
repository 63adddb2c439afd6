import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  createAutosaver,
  DEBOUNCE_MS,
  RETRY_MS,
  type SaveState,
} from '../../../../src/renderer/src/features/editor/autosaver'
import type { DocJSON } from '../../../../src/shared/api'
import type { ErrorCode } from '../../../../src/shared/model/errors'

const doc = (text: string): DocJSON => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
})
const textOf = (d: DocJSON) => JSON.stringify(d)

class Coded extends Error {
  constructor(public code: ErrorCode) {
    super(code)
  }
}

/** A fake store with the real rule: a save based on an old rev is refused. */
function setup(opts: { rev?: number; readOnly?: boolean } = {}) {
  const disk = { rev: opts.rev ?? 1, doc: null as DocJSON | null, saves: 0 }
  let failWith: ErrorCode | null = null
  const states: SaveState[] = []
  const saver = createAutosaver({
    initialRev: disk.rev,
    readOnly: opts.readOnly ?? false,
    save: async (d, rev) => {
      await Promise.resolve()
      if (failWith) throw new Coded(failWith)
      if (rev !== disk.rev) throw new Coded('stale-rev')
      disk.saves++
      disk.doc = d
      return ++disk.rev
    },
    codeOf: (e) => (e instanceof Coded ? e.code : 'internal'),
    onChange: (s) => states.push(s),
  })
  return { saver, disk, states, fail: (c: ErrorCode | null) => (failWith = c) }
}

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('autosave', () => {
  it('waits for a pause in typing and then saves only the newest text, once', async () => {
    const { saver, disk, states } = setup()
    saver.schedule(doc('H'))
    saver.schedule(doc('He'))
    saver.schedule(() => doc('Hej'))
    expect(states.at(-1)).toBe('unsaved')
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS + 10)
    expect(disk.saves).toBe(1)
    expect(textOf(disk.doc!)).toContain('Hej')
    expect(states.at(-1)).toBe('saved')
  })

  it('flush saves at once, without waiting for the pause', async () => {
    const { saver, disk } = setup()
    saver.schedule(doc('Sidste ord'))
    expect(await saver.flush()).toBe(true)
    expect(textOf(disk.doc!)).toContain('Sidste ord')
  })

  it('a failed save (disk full) says so, keeps the text, retries, and lands once the fault clears', async () => {
    const { saver, disk, states, fail } = setup()
    fail('disk-full')
    saver.schedule(doc('Vigtig tekst'))
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS + 10)
    expect(states.at(-1)).toBe('error')
    expect(saver.hasPending()).toBe(true)
    expect(await saver.flush()).toBe(false)
    fail(null)
    await vi.advanceTimersByTimeAsync(RETRY_MS[1] + 10)
    expect(states.at(-1)).toBe('saved')
    expect(textOf(disk.doc!)).toContain('Vigtig tekst')
  })

  it('a save refused as stale stops saving but keeps every word typed since, for the user to rescue', async () => {
    const { saver, disk, states } = setup()
    disk.rev = 7 // another window saved meanwhile
    saver.schedule(doc('Min udgave'))
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS + 10)
    expect(states.at(-1)).toBe('conflict')
    saver.schedule(doc('Min udgave, skrevet videre'))
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS * 3)
    expect(disk.saves).toBe(0)
    expect(textOf(saver.pendingDoc()!)).toContain('skrevet videre')
  })

  it('typing during a save is saved right after it, with the new rev', async () => {
    const { saver, disk } = setup()
    saver.schedule(doc('Første'))
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS + 1)
    saver.schedule(doc('Første og anden'))
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS * 3)
    expect(disk.saves).toBe(2)
    expect(textOf(disk.doc!)).toContain('Første og anden')
    expect(saver.currentRev()).toBe(disk.rev)
  })

  it('a read-only plan is never saved', async () => {
    const { saver, disk } = setup({ readOnly: true })
    saver.schedule(doc('x'))
    expect(await saver.flush()).toBe(true)
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS * 3)
    expect(disk.saves).toBe(0)
  })
})

describe('autosave while typing', () => {
  it('reports a state change once, not on every keystroke (the editor re-renders on each report)', async () => {
    const { saver, states } = setup()
    for (const ch of 'Landsbyen') saver.schedule(doc(ch))
    expect(states).toEqual(['unsaved'])
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS + 10)
    expect(states).toEqual(['unsaved', 'saving', 'saved'])
  })
})
