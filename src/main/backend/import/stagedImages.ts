import { dirname } from 'node:path'
import { AppError } from '../../../shared/model/errors'
import type { Backend } from '..'
import { errnoCode } from '../store/fsFacade'
import { writeFileAtomic } from '../store/atomicWrite'
import { toIoError } from '../store/ioError'
import { PlanPaths } from '../plans/planPaths'
import type { ImportedImage } from './convertDocx'

type Deps = Pick<Backend, 'fs' | 'dataDir' | 'resolveAssetPath'>

/**
 * The images of a plan being imported, written before the plan itself exists (so the plan never
 * points at a missing image) under a fresh id nobody else uses. `remove` takes back exactly what
 * was written here: the files, then the folders only if this import made them and they are empty.
 */
export async function stageImages(backend: Deps, planId: string, images: ImportedImage[]) {
  const { fs } = backend
  const paths = new PlanPaths(backend.dataDir)
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
    for (const file of written) await fs.unlink(file).catch(() => undefined)
    for (const folder of madeFolders) {
      const left = await fs.readdir(folder).catch(() => null)
      if (left && left.length === 0) await fs.rm(folder, { recursive: true }).catch(() => undefined)
    }
  }

  try {
    if (images.length) {
      await fs.mkdir(paths.plansDir, { recursive: true })
      await makeFolder(paths.folder(planId))
      await makeFolder(paths.assetsDir(planId))
    }
    for (const img of images) {
      const path = backend.resolveAssetPath(planId, img.name)
      if (!path || dirname(path) !== paths.assetsDir(planId))
        throw new AppError('unsafe-file', `image name ${img.name} refused`)
      await writeFileAtomic(fs, path, img.bytes)
      written.push(path)
    }
  } catch (err) {
    await remove()
    throw err instanceof AppError ? err : toIoError(err, 'storing the imported images')
  }
  return { remove }
}
