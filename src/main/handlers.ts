import type { Services } from './backend'
import type { Host } from './hostApi'
import type { Handlers } from './handlers/types'
import { planHandlers } from './handlers/plans'
import { catalogueHandlers } from './handlers/catalogues'
import { exportHandlers } from './handlers/export'
import { exportPdfHandlers } from './handlers/exportPdf'
import { versionHandlers } from './handlers/versions'
import { packageHandlers } from './handlers/packages'
import { importHandlers } from './handlers/import'
import { reviewHandlers } from './handlers/reviews'
import { shellHandlers } from './handlers/shell'
import { trashHandlers } from './handlers/trash'
import { logHandlers } from './handlers/logs'
import { meetingHandlers } from './handlers/meeting'
import { yearWheelHandlers } from './handlers/yearWheels'
import { overviewHandlers } from './handlers/overview'
import { datapakkeHandlers } from './handlers/datapakke'
import { yearlyStatusHandlers } from './handlers/yearlyStatus'
import { fundingHandlers } from './handlers/funding'
import { createExportedFiles } from './handlers/exportedFiles'

export type { Handlers } from './handlers/types'

/**
 * The contract implemented: a thin merge of the per-domain handler files, each handed the backend's
 * services (built once in backend/index.ts) and typed to see only the ones it uses. The return type
 * names every command, so a command without a handler is a compile error. No electron import:
 * Electron's ipc.ts and the e2e harness both call this through backend/dispatch.ts.
 */
export function createHandlers(backend: Services, host: Host): Handlers {
  const exported = createExportedFiles()
  return {
    ...planHandlers(backend, host),
    ...catalogueHandlers(backend, host),
    ...exportHandlers(backend, host, { exported }),
    ...exportPdfHandlers(backend, host, { exported }),
    ...shellHandlers(host, exported),
    ...versionHandlers(backend),
    ...packageHandlers(backend, host),
    ...importHandlers(backend, host),
    ...reviewHandlers(backend, host),
    ...trashHandlers(backend),
    ...logHandlers(backend, host),
    ...meetingHandlers(backend, host),
    ...yearWheelHandlers(backend, host),
    ...overviewHandlers(backend, host),
    ...datapakkeHandlers(backend, host),
    ...yearlyStatusHandlers(backend, host, { exported }),
    ...fundingHandlers(backend, host),
  }
}
