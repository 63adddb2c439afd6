import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { AppError } from '../../../shared/model/errors'
import { PlanId } from '../../../shared/model/ids'
import { ASSET_NAME, ASSET_PREFIX } from '../../../shared/document/image/planImage'
import type { Fs } from '../store/fsFacade'
import { errnoCode } from '../store/fsFacade'
import { writeAssetFile } from './writeAssetFile'
import { toIoError } from '../store/ioError'
import type { PlanPaths } from '../plans/planPaths'
import { isInside } from '../store/insidePath'
import type { PlanStore } from '../plans/planStore'
import { sniffImage } from './sniffImage'

export const MAX_ASSET_BYTES = 10 * 1024 * 1024

type Deps = { fs: Fs; paths: PlanPaths; plans: PlanStore }

/**
 * A plan's images, stored once each under their sha256 next to the plan, so the plan file stays
 * small and the same photo pasted twice takes the space of one.
 */
export function createAssetStore({ fs, paths, plans }: Deps) {
  /** The file behind `asset:<name>` of a plan, or null for any id or name that is not ours. */
  function resolveAssetPath(planId: unknown, name: unknown): string | null {
    if (!PlanId.safeParse(planId).success || typeof name !== 'string' || !ASSET_NAME.test(name)) return null
    const dir = paths.assetsDir(planId as string)
    const path = join(dir, name)
    return isInside(dir, path) ? path : null
  }

  return {
    resolveAssetPath,

    async add(input: { planId: string; fileName: string; data: string }): Promise<{ src: string }> {
      // base64 carries 3 bytes in 4 characters: refuse before decoding a huge string.
      if (Math.floor((input.data.length * 3) / 4) > MAX_ASSET_BYTES + 3) throw tooLarge(input.fileName)
      const bytes = Buffer.from(input.data, 'base64')
      if (bytes.length > MAX_ASSET_BYTES) throw tooLarge(input.fileName)
      const ext = sniffImage(bytes)
      if (!ext) throw new AppError('not-an-image', `${input.fileName} is not a PNG, JPEG, GIF or WebP image`)
      const plan = await plans.get(input.planId)
      if (plan.readOnly) throw new AppError('read-only', `plan ${input.planId} was made by a newer version`)
      const name = `${createHash('sha256').update(bytes).digest('hex')}.${ext}`
      const path = resolveAssetPath(input.planId, name)
      if (!path) throw new AppError('internal', `asset path refused for ${name}`)
      try {
        await fs.mkdir(paths.assetsDir(input.planId), { recursive: true })
        await writeAssetFile(fs, path, bytes)
      } catch (err) {
        throw toIoError(err, `storing image ${input.fileName}`)
      }
      return { src: `${ASSET_PREFIX}${name}` }
    },

    /** The bytes of an image (the Word export embeds them). */
    async readAsset(planId: string, name: string): Promise<Uint8Array> {
      const path = resolveAssetPath(planId, name)
      if (!path) throw new AppError('not-found', `no asset ${name} in plan ${planId}`)
      try {
        return new Uint8Array(await fs.readFile(path))
      } catch (err) {
        if (errnoCode(err) === 'ENOENT') throw new AppError('not-found', `no asset ${name} in plan ${planId}`)
        throw toIoError(err, `reading image ${name}`)
      }
    },
  }
}

export type AssetStore = ReturnType<typeof createAssetStore>

function tooLarge(fileName: string): AppError {
  return new AppError('too-large', `${fileName} is larger than 10 MB`, { maxBytes: MAX_ASSET_BYTES })
}
