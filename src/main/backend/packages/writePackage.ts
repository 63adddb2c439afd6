import type { Plan } from '../../../shared/model/plan'
import { assetName } from '../../../shared/document/image/planImage'
import { walk, attrsOf, type JsonNode } from '../../../shared/derive/docWalk'
import type { VersionFile } from '../backups/snapshotFiles'
import { PACKAGE_FORMAT_VERSION, type PackageManifest } from './packageFormat'
import { writeZip, type ZipFile } from '../zip/writeZip'

export type PackageContent = {
  plan: Plan
  assets: Map<string, Uint8Array>
  versions: VersionFile[]
}

/** The asset names a document (and its versions) refers to. */
export function referencedAssets(docs: unknown[]): Set<string> {
  const names = new Set<string>()
  for (const doc of docs) {
    walk(doc as JsonNode, (n) => {
      const name = n.type === 'image' ? assetName(attrsOf(n).src) : null
      if (name) names.add(name)
    })
  }
  return names
}

/** One plan as a single file for a USB stick or a mail: a zip of JSON and its images. */
export function writePackage(content: PackageContent, appVersion: string, now = new Date()): Uint8Array {
  const { plan, assets, versions } = content
  const manifest: PackageManifest = {
    format: 'planvaerksted',
    formatVersion: PACKAGE_FORMAT_VERSION,
    appVersion,
    exportedAt: now.toISOString(),
    planId: plan.id,
    title: plan.meta.title,
    assets: [...assets.keys()],
    versions: versions.map((v) => v.id),
  }
  // Compact: indenting doubled an empty table's size, and the plan store writes compact JSON too.
  const json = (path: string, value: unknown): ZipFile => ({
    path,
    data: new TextEncoder().encode(JSON.stringify(value)),
  })
  const files = [json('manifest.json', manifest), json('plan.json', plan)]
  if (plan.meta.catalogue) files.push(json('catalogue.json', plan.meta.catalogue))
  // Images are already compressed; storing them saves an old laptop the work.
  for (const [name, bytes] of assets) files.push({ path: `assets/${name}`, data: bytes, store: true })
  for (const v of versions) files.push(json(`versions/${v.id}.json`, v))
  return writeZip(files, 6)
}
