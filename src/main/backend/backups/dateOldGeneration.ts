import { join } from 'node:path'
import type { Fs } from '../store/fsFacade'
import { exists } from '../store/fsFacade'
import { generationName, type GenerationName } from './generationNames'

/** JSON.stringify writes a generation's fields in order: kind, seq, savedAt, then the plan. */
const HEAD_BYTES = 256
const SAVED_AT = /^\{"kind":"backup","seq":[0-9]+,"savedAt":"([^"\\]{1,40})"/

/**
 * Gives an old-named generation (`g-<seq>.json`, from before the time was in the name) its dated
 * name, once: the time is read from the file's first bytes (the whole file is parsed only when
 * those do not say), nothing is validated, and the file is renamed, never rewritten. Returns the
 * dated name, or null when no time can be read: such a file is kept as it is, never deleted.
 */
export async function dateOldGeneration(
  fs: Fs,
  dir: string,
  gen: GenerationName,
): Promise<GenerationName | null> {
  const path = join(dir, gen.name)
  const savedAt = (await savedAtFromHead(fs, path)) ?? (await savedAtFromWhole(fs, path))
  if (savedAt === null || !Number.isFinite(Date.parse(savedAt))) return null
  const name = generationName(gen.seq, savedAt)
  if (name === gen.name || (await exists(fs, join(dir, name)))) return null
  await fs.rename(path, join(dir, name))
  return { name, seq: gen.seq, savedAt }
}

async function savedAtFromHead(fs: Fs, path: string): Promise<string | null> {
  const handle = await fs.open(path, 'r')
  try {
    const buf = Buffer.alloc(HEAD_BYTES)
    const { bytesRead } = await handle.read(buf, 0, HEAD_BYTES, 0)
    return SAVED_AT.exec(buf.subarray(0, bytesRead).toString('utf8'))?.[1] ?? null
  } finally {
    await handle.close()
  }
}

async function savedAtFromWhole(fs: Fs, path: string): Promise<string | null> {
  const raw = await fs.readFile(path, 'utf8')
  try {
    const parsed: unknown = JSON.parse(raw)
    const savedAt = (parsed as { savedAt?: unknown } | null)?.savedAt
    return typeof savedAt === 'string' ? savedAt : null
  } catch (err) {
    if (err instanceof SyntaxError) return null
    throw err
  }
}
