import { spawnSync } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { createBackend } from '../../../src/main/backend'
import { RESOURCES_DIR, tempBackend } from './support/tempBackend'

let env: Awaited<ReturnType<typeof tempBackend>>
afterEach(() => env.cleanup())

it('refuses a second backend on a data folder this process already holds', async () => {
  env = await tempBackend()
  await expect(createBackend({ dataDir: env.dataDir, resourcesDir: RESOURCES_DIR })).rejects.toMatchObject({
    code: 'file-locked',
  })
})

it('refuses a data folder whose lock belongs to another living process', async () => {
  env = await tempBackend()
  await env.backend.close()
  // The parent of this test process (vitest's runner) is alive and is not us.
  await writeFile(join(env.dataDir, '.lock'), String(process.ppid))
  await expect(createBackend({ dataDir: env.dataDir, resourcesDir: RESOURCES_DIR })).rejects.toMatchObject({
    code: 'file-locked',
  })
  await writeFile(join(env.dataDir, '.lock'), String(process.pid))
  await env.restart()
})

it('takes over the lock of a process that is gone and writes its own pid', async () => {
  env = await tempBackend()
  await env.backend.close()
  const dead = spawnSync(process.execPath, ['-e', '0']).pid
  await writeFile(join(env.dataDir, '.lock'), String(dead))
  await env.restart()
  expect(JSON.parse(await readFile(join(env.dataDir, '.lock'), 'utf8'))).toMatchObject({ pid: process.pid })
})
