import { z } from 'zod'
import { MAX_PACKAGE_ASSETS, MAX_PACKAGE_VERSIONS } from './packageLimits'

/** manifest.json of a .planvaerksted file. */
export const PackageManifest = z.object({
  format: z.literal('planvaerksted'),
  formatVersion: z.number().int().min(1),
  appVersion: z.string().max(40),
  exportedAt: z.string().max(40),
  planId: z.string().max(64),
  title: z.string().max(200),
  assets: z.array(z.string().max(100)).max(MAX_PACKAGE_ASSETS),
  versions: z.array(z.string().max(20)).max(MAX_PACKAGE_VERSIONS),
})
export type PackageManifest = z.infer<typeof PackageManifest>

export const PACKAGE_FORMAT_VERSION = 1
export const PACKAGE_EXTENSION = 'planvaerksted'

/** The only names a package may hold; anything else is refused before unpacking. */
export const PACKAGE_NAME =
  /^(manifest\.json|plan\.json|catalogue\.json|assets\/[a-f0-9]{64}\.(png|jpe?g|gif|webp)|versions\/v-[0-9]{6,12}\.json)$/
