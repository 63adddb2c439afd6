import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { createBackend } from '../../../src/main/backend'
import { RESOURCES_DIR } from '../backend/support/tempBackend'

const HOLDER = resolve(__dirname, 'support/holdDataDir.ts')
/** The pid the lock names (it also holds that process's start and a token, see lockOwner.ts). */
const lockPid = async (dataDir: string) =>
  (JSON.parse(await readFile(join(dataDir, '.lock'), 'utf8')) as { pid: number }).pid
const dirs: string[] = []
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true })
})

/** Starts another node process on the folder and waits for its first line ("ready" or "refused"). */
function otherInstance(dataDir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', HOLDER, dataDir, RESOURCES_DIR], {
    stdio: ['ignore', 'pipe', 'pipe'],
    cwd: resolve(__dirname, '../../..'),
  })
  const firstLine = new Promise<string>((done, fail) => {
    let out = ''
    let err = ''
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString()
      if (out.includes('\n')) done(out.trim())
    })
    child.stderr.on('data', (d: Buffer) => (err += d.toString()))
    child.on('exit', (code) => (out.includes('\n') ? undefined : fail(new Error(`exited ${code}: ${err}`))))
  })
  const exited = new Promise<void>((r) => child.on('exit', () => r()))
  return { child, firstLine, exited }
}

it('a second instance in another process is refused while the first holds the folder, and takes over once the first has crashed', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'pv-instance-'))
  dirs.push(dataDir)
  const first = otherInstance(dataDir)
  try {
    expect(await first.firstLine).toBe('ready')
    expect(await lockPid(dataDir)).toBe(first.child.pid)

    // This process is the second instance: refused with a code the shell puts into words.
    await expect(createBackend({ dataDir, resourcesDir: RESOURCES_DIR })).rejects.toMatchObject({
      code: 'file-locked',
    })
    // And a third process is refused as well.
    const third = otherInstance(dataDir)
    expect(await third.firstLine).toBe('refused file-locked')
    await third.exited
  } finally {
    first.child.kill('SIGKILL')
    await first.exited
  }
  // The crash left its lock behind; the next start sees the process is gone and takes over.
  expect(await lockPid(dataDir)).toBe(first.child.pid)
  const backend = await createBackend({ dataDir, resourcesDir: RESOURCES_DIR })
  expect(await lockPid(dataDir)).toBe(process.pid)
  await backend.close()
}, 60_000)
