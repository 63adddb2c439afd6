import { dirname } from 'node:path'
import { AppError } from '../../../shared/model/errors'
import type { Services } from '../index'
import { errnoCode } from '../store/fsFacade'
import { toIoError } from '../store/ioError'
import { writeAssetFile } from './writeAssetFile'

type Deps = Pick<Services, 'fs' | 'dataFolder' | 'assets'>

/**
 * The images of a plan being imported (from a Word file or a plan file), written into
 * plans/<id>/assets/ before the plan itself, so the plan never points at a missing image. An image
 * already there is left alone (see writeAssetFile). `remove` takes back exactly what this import
 * wrote: its files, then the folders it made, and those only when empty.
 */
export async function stageAssets(backend: Deps, planId: string, assets: Map<string, Uint8Array>) {
  const { fs } = backend
  const paths = backend.dataFolder.paths
  const written: string[] = []
  const madeFolders: string[] = []

  async function makeFolder(path: string): Promise<void> {
    try {
      await fs.mkdir(path)
      madeFolders.unshift(path)
    } catch (err) {
      if (errnoCode(err) !== 'EEXIST') throw err
    }
  }

  async function remove(): Promise<void> {
    const warn = (what: string) => (err: unknown) =>
      console.warn(`[import] could not take back ${what} after a failed import:`, err)
    for (const file of written) await fs.unlink(file).catch(warn(file))
    for (const folder of madeFolders) {
      const left = await fs.readdir(folder).catch(() => null)
      if (left && left.length === 0) await fs.rm(folder, { recursive: true }).catch(warn(folder))
    }
  }

  try {
    if (assets.size) {
      await fs.mkdir(paths.plansDir, { recursive: true })
      await makeFolder(paths.folder(planId))
      await makeFolder(paths.assetsDir(planId))
    }
    for (const [name, bytes] of assets) {
      const path = backend.assets.resolveAssetPath(planId, name)
      if (!path || dirname(path) !== paths.assetsDir(planId))
        throw new AppError('unsafe-file', `asset name ${name} refused`, { reason: 'name' })
      if (await writeAssetFile(fs, path, bytes)) written.push(path)
    }
  } catch (err) {
    await remove()
    throw toIoError(err, 'storing the images of the imported plan')
  }
  return { remove }
}
