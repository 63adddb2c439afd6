import { createHash } from 'node:crypto'
import { PLAN_SCHEMA_VERSION, PlanFile } from '../../../shared/model/plan'
import { Catalogue } from '../../../shared/model/catalogue'
import { checkDocument } from '../../../shared/document/validate'
import { AppError } from '../../../shared/model/errors'
import { sniffImage } from '../assets/sniffImage'
import { VersionFile } from '../backups/snapshotFiles'
import { inflatePackageEntry, readPackageDirectory, type PackageEntry } from './packageZip'
import { parseUntrustedJson } from './safeJson'
import { PACKAGE_FORMAT_VERSION, PACKAGE_NAME, PackageManifest } from './packageFormat'
import type { PackageContent } from './writePackage'

const invalid = (why: string, reason: string, extra: Record<string, unknown> = {}) =>
  new AppError('invalid-file', why, { reason, ...extra })

/**
 * Checks a .planvaerksted file completely before anything is written: the zip's directory and
 * names, each JSON part without prototype keys, the plan against its schema and the document
 * schema, each image against its own hash and magic number, each version likewise.
 */
export function readPackage(bytes: Uint8Array): PackageContent & { manifest: PackageManifest } {
  const entries = readPackageDirectory(bytes)
  for (const e of entries) {
    if (!PACKAGE_NAME.test(e.name)) {
      throw new AppError('unsafe-file', `unexpected entry ${JSON.stringify(e.name.slice(0, 100))}`, {
        reason: 'name',
      })
    }
  }
  const byName = new Map(entries.map((e) => [e.name, e]))
  const json = (name: string): unknown => {
    const entry = byName.get(name)
    if (!entry) throw invalid(`${name} is missing`, 'missing', { part: name })
    return parseUntrustedJson(new TextDecoder().decode(inflatePackageEntry(bytes, entry)), name)
  }

  const manifest = PackageManifest.safeParse(json('manifest.json'))
  if (!manifest.success) throw invalid('manifest.json is not a Planværksted manifest', 'not-a-package')
  if (manifest.data.formatVersion > PACKAGE_FORMAT_VERSION)
    throw invalid('made by a newer Planværksted', 'newer-version')

  const parsed = PlanFile.safeParse(json('plan.json'))
  if (!parsed.success)
    throw invalid('plan.json does not fit the plan schema', 'invalid', { part: 'plan.json' })
  const plan = parsed.data
  if (plan.schemaVersion > PLAN_SCHEMA_VERSION)
    throw invalid('plan made by a newer Planværksted', 'newer-version')
  const check = checkDocument(plan.doc)
  if (!check.ok)
    throw invalid(`the document does not fit the schema: ${check.reason}`, 'invalid', { part: 'plan.json' })

  if (byName.has('catalogue.json') && !Catalogue.safeParse(json('catalogue.json')).success) {
    throw invalid('catalogue.json is not a valid catalogue', 'invalid', { part: 'catalogue.json' })
  }

  const assets = new Map<string, Uint8Array>()
  const versions: VersionFile[] = []
  for (const entry of entries) {
    if (entry.name.startsWith('assets/')) assets.set(entry.name.slice(7), checkedAsset(bytes, entry))
    if (entry.name.startsWith('versions/')) {
      const v = VersionFile.safeParse(json(entry.name))
      if (!v.success || v.data.plan.id !== plan.id || `versions/${v.data.id}.json` !== entry.name) {
        throw invalid(`${entry.name} is not a valid version`, 'invalid', { part: entry.name })
      }
      if (v.data.plan.schemaVersion > PLAN_SCHEMA_VERSION || !checkDocument(v.data.plan.doc).ok) {
        throw invalid(`${entry.name} does not fit the schema`, 'invalid', { part: entry.name })
      }
      versions.push(v.data)
    }
  }
  return { manifest: manifest.data, plan, assets, versions }
}

function checkedAsset(bytes: Uint8Array, entry: PackageEntry): Uint8Array {
  const data = inflatePackageEntry(bytes, entry)
  const name = entry.name.slice(7)
  const [hash, ext] = name.split('.')
  const sniffed = sniffImage(data)
  const extOk = sniffed === ext || (sniffed === 'jpg' && ext === 'jpeg')
  if (createHash('sha256').update(data).digest('hex') !== hash || !extOk) {
    throw invalid(`${name} does not match its name`, 'asset', { part: entry.name })
  }
  return data
}
