import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { afterEach, describe, expect, it } from 'vitest'
import { MEETING_WRITE_DELAY_MS } from '../../../src/main/backend/meeting/meetingStore'
import { postJson } from './meetingRoom'

const CHILD = resolve(import.meta.dirname, 'support/meetingChild.ts')
type Ready = { url: string; planId: string; ideas: string[] }

const children: ChildProcess[] = []
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL')
})

/** `node --import tsx meetingChild.ts <dir>`: the real backend in its own process, on 127.0.0.1. */
async function startBackend(dir: string): Promise<{ child: ChildProcess; ready: Ready }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  children.push(child)
  const lines = createInterface({ input: child.stdout! })
  const ready = await new Promise<Ready>((ok, fail) => {
    child.once('exit', (code) => fail(new Error(`backend exited with ${code}`)))
    lines.once('line', (line) => ok(JSON.parse(line) as Ready))
  })
  return { child, ready }
}

const killed = (child: ChildProcess) =>
  new Promise<void>((ok) => {
    child.once('exit', () => ok())
    child.kill('SIGKILL')
  })

const device = (n: number) => `sigkill${String(n).padStart(4, '0')}${'x'.repeat(12)}`

describe('a SIGKILL of the backend mid-meeting', () => {
  it('loses no idea that was answered more than a second before, and nothing else breaks', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pv-sigkill-'))
    try {
      const first = await startBackend(dir)
      const sendIdeas = async (from: number, count: number) => {
        const sent: string[] = []
        for (let i = from; i < from + count; i++) {
          const text = `Idé nummer ${i} fra salen`
          const answer = await postJson(`${first.ready.url}/ideas`, { device: device(i), text })
          expect(answer.status).toBe(200)
          sent.push(text)
        }
        return sent
      }
      const early = await sendIdeas(0, 40)
      // "At most the last second": the store writes at most MEETING_WRITE_DELAY_MS behind a change.
      expect(MEETING_WRITE_DELAY_MS).toBeLessThan(1000)
      await new Promise((r) => setTimeout(r, 1000))
      // These arrive within the last second before the kill: they may or may not be on disk.
      const late = await sendIdeas(40, 10)
      await killed(first.child)

      const second = await startBackend(dir)
      expect(second.ready.planId).toBe(first.ready.planId)
      const found = second.ready.ideas
      for (const text of early) expect(found).toContain(text)
      // Whatever made it is whole: only ideas that were sent, each once, in the order they came.
      expect(found.every((t) => early.includes(t) || late.includes(t))).toBe(true)
      expect(new Set(found).size).toBe(found.length)
      expect(found.slice(0, early.length)).toEqual(early)
      // The restarted meeting takes ideas again (a new code, the same record).
      expect(
        (await postJson(`${second.ready.url}/ideas`, { device: device(99), text: 'Efter genstart' })).status,
      ).toBe(200)
      await killed(second.child)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }, 60_000)
})
