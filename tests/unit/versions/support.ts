import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createBackend, type Backend } from '../../../src/main/backend'
import { createHandlers } from '../../../src/main/handlers'
import { dispatch } from '../../../src/main/backend/dispatch'
import { RESOURCES_DIR, testHost } from '../backend/support/tempBackend'

/** A real backend on a temp folder with a clock the test moves; `call` goes through dispatch. */
export async function clockedBackend() {
  const dataDir = await mkdtemp(join(tmpdir(), 'pv-safety-'))
  const clock = { now: Date.parse('2026-03-12T10:00:00Z') }
  const host = testHost()
  const open = () =>
    createBackend({ dataDir, resourcesDir: RESOURCES_DIR, backups: { now: () => clock.now } })
  const box: { backend: Backend } = { backend: await open() }
  const call = async <T = unknown>(name: string, input?: unknown): Promise<T> => {
    const res = await dispatch(createHandlers(box.backend, host), name, input)
    if (!res.ok) throw Object.assign(new Error(res.error.message), { code: res.error.code })
    return res.value as T
  }
  return {
    dataDir,
    clock,
    host,
    call,
    get backend() {
      return box.backend
    },
    async restart() {
      await box.backend.close()
      box.backend = await open()
    },
    async cleanup() {
      await box.backend.close()
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}

export const newPlan = { title: 'Bøvl 2030', council: 'Bøvl Lokalråd' }
