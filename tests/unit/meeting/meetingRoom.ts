import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createBackend, type Backend } from '../../../src/main/backend'
import { createHandlers, type Handlers } from '../../../src/main/handlers'
import { LOOPBACK } from '../../../src/main/backend/meeting/networkInterfaces'
import { RESOURCES_DIR, testHost } from '../backend/support/tempBackend'
import type { MeetingView } from '../../../src/shared/model/meeting'

/** Deadlines short enough for a test to see a dawdling client closed. */
export const TEST_TIMEOUTS = {
  headersMs: 400,
  requestMs: 800,
  bodyMs: 400,
  idleMs: 1500,
  checkEveryMs: 100,
  heartbeatMs: 500,
}

/** meeting.waitForChange holds a call this long with nothing new (20 s in the app). */
export const TEST_WAIT_MS = 400

/**
 * A real backend on a temp folder with one plan and its meeting open on 127.0.0.1 only (the only
 * interface it is told of), and the phone's base address `http://127.0.0.1:<port>/<code>`.
 */
export async function openMeetingRoom(dataDir?: string) {
  const dir = dataDir ?? (await mkdtemp(join(tmpdir(), 'pv-meeting-')))
  const open = () =>
    createBackend({
      dataDir: dir,
      resourcesDir: RESOURCES_DIR,
      meeting: { interfaces: () => [LOOPBACK], timeouts: TEST_TIMEOUTS, waitMs: TEST_WAIT_MS },
    })
  const box: { backend: Backend; handlers: Handlers } = { backend: await open(), handlers: null! }
  box.handlers = createHandlers(box.backend, testHost())
  const plan = await box.handlers['plans.create']({
    title: 'Mødeplanen',
    council: '',
    kind: 'council',
    villages: [],
    municipality: '',
    templateId: 'blank',
    catalogueId: null,
  })
  const view = await box.handlers['meeting.start']({
    planId: plan.id,
    address: '127.0.0.1',
    sections: ['Natur', 'Trafik'],
  })
  return {
    dir,
    planId: plan.id,
    view,
    base: view.url!,
    get handlers() {
      return box.handlers
    },
    get backend() {
      return box.backend
    },
    get: (): Promise<MeetingView> => box.handlers['meeting.get']({ planId: plan.id }),
    async restart() {
      await box.backend.close()
      box.backend = await open()
      box.handlers = createHandlers(box.backend, testHost())
    },
    async cleanup() {
      await box.backend.close()
      await rm(dir, { recursive: true, force: true })
    },
  }
}

export type MeetingRoom = Awaited<ReturnType<typeof openMeetingRoom>>

let n = 0
/** A device token as a phone's browser makes one. */
export const device = () => `phone${String(++n).padStart(4, '0')}${'x'.repeat(12)}`

export async function postJson(url: string, body: unknown): Promise<{ status: number; body: unknown }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
  const text = await res.text()
  let parsed: unknown = text
  try {
    parsed = JSON.parse(text)
  } catch {
    /* not JSON: kept as text */
  }
  return { status: res.status, body: parsed }
}
