import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readDataFile } from '../../../src/main/backend/datapakke/readDataFile'
import type { DatapakkeRead } from '../../../src/shared/model/datapakke'

export const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, 'fixtures', name)))

/** Reads a fixture as the app does and insists it was read (not a question). */
export async function readFixture(name: string): Promise<Extract<DatapakkeRead, { status: 'read' }>> {
  const read = await readDataFile(name, fixture(name))
  if (read.status !== 'read') throw new Error(`${name}: ${read.status}`)
  return read
}

/** The AppError reason a promise fails with (or 'no error'). */
export async function reasonOf(p: Promise<unknown>): Promise<string> {
  try {
    await p
    return 'no error'
  } catch (err) {
    const details = (err as { details?: { reason?: string } }).details
    return details?.reason ?? String(err)
  }
}
