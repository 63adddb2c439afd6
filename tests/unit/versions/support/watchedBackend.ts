import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join, sep } from 'node:path'
import { createBackend, type Backend } from '../../../../src/main/backend'
import { realFs, type Fs } from '../../../../src/main/backend/store/fsFacade'
import { RESOURCES_DIR } from '../../backend/support/tempBackend'

/**
 * A real backend whose file system is watched inside backups/: which generation files are read
 * (opened for reading or read whole; folders opened for fsync are not reads), and a gate that holds every write there until opened.
 */
export async function watchedBackend() {
  const dataDir = await mkdtemp(join(tmpdir(), 'pv-backups-'))
  const clock = { now: Date.parse('2026-03-12T10:00:00Z') }
  const inBackups = (p: unknown) => String(p).startsWith(join(dataDir, 'backups') + sep)
  const isGeneration = (p: unknown) => inBackups(p) && basename(String(p)).startsWith('g-')
  const watch = {
    reads: [] as string[],
    gate: null as Promise<void> | null,
    /** Holds every write in backups/ until the returned function is called. */
    hold(): () => void {
      let open!: () => void
      watch.gate = new Promise<void>((resolve) => (open = resolve))
      release = open
      return open
    },
  }
  let release = () => {}
  const fs: Fs = {
    ...realFs,
    open: (async (path: string, flags?: string, mode?: number) => {
      if (inBackups(path) && flags && /[wax+]/.test(flags) && watch.gate) await watch.gate
      if (isGeneration(path) && (!flags || flags === 'r')) watch.reads.push(String(path))
      return realFs.open(path, flags, mode)
    }) as Fs['open'],
    readFile: (async (path: string, ...rest: unknown[]) => {
      if (isGeneration(path)) watch.reads.push(String(path))
      return (realFs.readFile as (...a: unknown[]) => Promise<unknown>)(path, ...rest)
    }) as Fs['readFile'],
  }
  const open = () =>
    createBackend({ dataDir, resourcesDir: RESOURCES_DIR, fs, backups: { now: () => clock.now } })
  const box: { backend: Backend } = { backend: await open() }
  return {
    dataDir,
    clock,
    watch,
    get backend() {
      return box.backend
    },
    async restart() {
      await box.backend.close()
      box.backend = await open()
    },
    async cleanup() {
      release()
      watch.gate = null
      await box.backend.close()
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}
