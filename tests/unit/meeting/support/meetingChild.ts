/**
 * The backend in a process of its own, for the SIGKILL test: opens the data folder given as the
 * first argument, creates its one plan if there is none, opens the meeting on 127.0.0.1 and prints
 * one JSON line { url, planId, ideas } (the ideas it found in the record). Then it waits to be killed.
 */
import { resolve } from 'node:path'
import { createBackend } from '../../../../src/main/backend'
import { createHandlers } from '../../../../src/main/handlers'
import { LOOPBACK } from '../../../../src/main/backend/meeting/networkInterfaces'
import type { Host } from '../../../../src/main/hostApi'

const dataDir = process.argv[2]
const backend = await createBackend({
  dataDir,
  resourcesDir: resolve(import.meta.dirname, '../../../../resources'),
  meeting: { interfaces: () => [LOOPBACK] },
})
/** No dialogs or windows in this process: the meeting needs none. */
const host: Host = {
  showSaveDialog: async () => null,
  showOpenDialog: async () => null,
  showOpenFilesDialog: async () => [],
  openExternal: async () => undefined,
  openPath: async () => undefined,
  showItemInFolder: async () => undefined,
  printToPdf: async () => new Uint8Array(),
  appVersion: () => '0.0.0-test',
  assetBase: () => 'pv-asset://plan/',
}
const handlers = createHandlers(backend, host)
const plans = await handlers['plans.list']()
const planId =
  plans.plans[0]?.id ??
  (
    await handlers['plans.create']({
      title: 'Mødeplanen',
      council: '',
      kind: 'council',
      villages: [],
      municipality: '',
      templateId: 'blank',
      catalogueId: null,
    })
  ).id
const view = await handlers['meeting.start']({ planId, address: '127.0.0.1', sections: [] })
const ideas = (view.record?.ideas ?? []).map((i) => i.text)
process.stdout.write(`${JSON.stringify({ url: view.url, planId, ideas })}\n`)
setInterval(() => undefined, 60_000)
