import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createHandlers } from '../../../../src/main/handlers'
import { dispatch } from '../../../../src/main/backend/dispatch'
import type { Envelope } from '../../../../src/shared/model/errors'
import type { Fs } from '../../../../src/main/backend/store/fsFacade'
import { tempBackend, testHost } from '../../backend/support/tempBackend'

/**
 * The real backend and handlers on a temp data folder, with a host whose open dialog "chooses" a
 * file the test wrote: plans.importDocx and reviews.import run exactly as from the app, through
 * dispatch, and answer as envelopes.
 */
export async function wordImportRig(opts: { fs?: Fs } = {}) {
  const env = await tempBackend(opts)
  const files = await mkdtemp(join(tmpdir(), 'pv-word-'))
  let chosen: string | null = null
  const host = { ...testHost(), showOpenDialog: async () => chosen }
  const handlers = () => createHandlers(env.backend, host)
  let n = 0

  async function choose(file: Uint8Array | string): Promise<void> {
    if (typeof file === 'string') chosen = file
    else {
      chosen = join(files, `file-${n++}.docx`)
      await writeFile(chosen, file)
    }
  }

  return {
    env,
    get backend() {
      return env.backend
    },
    async importDocx(file: Uint8Array | string): Promise<Envelope<unknown>> {
      await choose(file)
      return dispatch(handlers(), 'plans.importDocx', undefined)
    },
    async importComments(planId: string, file: Uint8Array | string): Promise<Envelope<unknown>> {
      await choose(file)
      return dispatch(handlers(), 'reviews.import', { planId })
    },
    async blankPlan(): Promise<string> {
      const plan = await env.backend.plans.create(
        { title: 'Plan', council: '', kind: 'council', villages: [], municipality: '', templateId: 'blank' },
        null,
        null,
      )
      return plan.id
    },
    async cleanup() {
      await env.cleanup()
      await rm(files, { recursive: true, force: true })
    },
  }
}

/** The code and reason of a refusal, or 'imported'. */
export function outcome(e: Envelope<unknown>): { code: string; reason?: string } | 'imported' {
  if (e.ok) return 'imported'
  const details = e.error.details as { reason?: string } | undefined
  return details?.reason ? { code: e.error.code, reason: details.reason } : { code: e.error.code }
}
