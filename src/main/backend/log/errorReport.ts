import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { writeZip, type ZipFile } from '../zip/writeZip'

/** What the report says about the installation; the shell fills in what only it knows. */
export type ReportAppInfo = {
  version: string
  os: string
  electron: string
  chrome: string
  node: string
}

/** The settings without anything personal: the personal word list is counted, not listed. */
export type ReportSettings = Record<string, unknown>

export type ErrorReportInput = {
  logDir: string
  logFileNames: readonly string[]
  app: ReportAppInfo
  settings: ReportSettings
  /** The plans' files as they are on disk, only when the user ticked "include my plans". */
  plans?: { id: string; json: string }[]
  createdAt: Date
}

async function readIfThere(path: string): Promise<Uint8Array | null> {
  try {
    return await readFile(path)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw err
  }
}

/**
 * "Gem fejlrapport": a zip a volunteer can mail to whoever helps them. It holds the log files
 * (time, level, where, message; no plan text), app-info.json (version, system, Electron, settings
 * without the personal word list), and the plans only when asked for.
 */
export async function buildErrorReport(input: ErrorReportInput): Promise<Uint8Array> {
  const entries: ZipFile[] = []
  const present = new Set(await readdir(input.logDir).catch(() => [] as string[]))
  for (const name of input.logFileNames) {
    if (!present.has(name)) continue
    const data = await readIfThere(join(input.logDir, name))
    if (data) entries.push({ path: `logs/${name}`, data })
  }
  const info = {
    createdAt: input.createdAt.toISOString(),
    app: input.app,
    settings: input.settings,
    includesPlans: Boolean(input.plans),
  }
  entries.push({ path: 'app-info.json', data: Buffer.from(JSON.stringify(info, null, 2), 'utf8') })
  for (const plan of input.plans ?? []) {
    entries.push({ path: `plans/${plan.id}.json`, data: Buffer.from(plan.json, 'utf8') })
  }
  return writeZip(entries, 6)
}

/** Settings as the report shows them: everything but the personal words, which are counted. */
export function reportSettings(settings: Record<string, unknown>): ReportSettings {
  const out: ReportSettings = {}
  for (const [key, value] of Object.entries(settings)) {
    if (Array.isArray(value) && key.toLowerCase().includes('word')) out[`${key}Count`] = value.length
    else out[key] = value
  }
  return out
}
