import { join } from 'node:path'

/** The one place that names the log folder inside the data folder. */
export function logDirOf(dataDir: string): string {
  return join(dataDir, 'logs')
}
