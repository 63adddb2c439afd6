import { createHash } from 'node:crypto'
import { PLAN_SCHEMA_VERSION, PlanFile } from '../../../shared/model/plan'
import { Catalogue } from '../../../shared/model/catalogue'
import { checkDocument } from '../../../shared/document/validate'
import { AppError } from '../../../shared/model/errors'
import { sniffImage } from '../assets/sniffImage'
import { VersionFile } from '../backups/snapshotFiles'
import { readZipDirectory, type ZipEntry } from '../zip/readZipDirectory'
import { inflateEntry } from '../zip/inflateEntry'
import { PACKAGE_LIMITS } from './packageLimits'
import { parseUntrustedJson } from './safeJson'
import { PACKAGE_FORMAT_VERSION, PACKAGE_NAME, PackageManifest } from './packageFormat'
import type { PackageContent } from './writePackage'

// Each refusal names its reason literally, so the test that every reason is worded finds them all.
const invalid = (why: string, details: { reason: string; part?: string }) =>
  new AppError('invalid-file', why, details)

/**
 * Checks a .planvaerksted file completely before anything is written: the zip's directory and
 * names, each JSON part without prototype keys, the plan against its schema and the document
 * schema, each image against its own hash and magic number, each version likewise. The export runs
 * its own file through this too, so the app never writes a package it would refuse.
 */
export function readPackage(bytes: Uint8Array): PackageContent & { manifest: PackageManifest } {
  if (bytes.length > PACKAGE_LIMITS.maxFileBytes) {
    throw new AppError('unsafe-file', `package is ${bytes.length} bytes`, { reason: 'size' })
  }
  const entries = readZipDirectory(bytes, PACKAGE_LIMITS)
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
    if (!entry) throw invalid(`${name} is missing`, { reason: 'package-part-missing', part: name })
    return parseUntrustedJson(new TextDecoder().decode(inflateEntry(bytes, entry)), name)
  }

  const manifest = PackageManifest.safeParse(json('manifest.json'))
  if (!manifest.success)
    throw invalid('manifest.json is not a Planværksted manifest', { reason: 'not-a-package' })
  if (manifest.data.formatVersion > PACKAGE_FORMAT_VERSION)
    throw invalid('made by a newer Planværksted', { reason: 'newer-version' })

  const rawPlan = withLowerCaseId(json('plan.json'))
  // Before the schema: a newer app's plan may have fields this one does not know yet.
  if (fromNewerApp(rawPlan)) throw invalid('plan made by a newer Planværksted', { reason: 'newer-version' })
  const parsed = PlanFile.safeParse(rawPlan)
  if (!parsed.success)
    throw invalid('plan.json does not fit the plan schema', {
      reason: 'package-plan-invalid',
      part: 'plan.json',
    })
  const plan = parsed.data
  // A plan file the app wrote before duplicate initiative ids were refused travels as it is.
  const check = checkDocument(plan.doc, { allowDuplicateIds: true })
  if (!check.ok)
    throw invalid(`the document does not fit the schema: ${check.reason}`, {
      reason: 'package-plan-invalid',
      part: 'plan.json',
    })

  if (byName.has('catalogue.json') && !Catalogue.safeParse(json('catalogue.json')).success) {
    throw invalid('catalogue.json is not a valid catalogue', {
      reason: 'package-catalogue-invalid',
      part: 'catalogue.json',
    })
  }

  const assets = new Map<string, Uint8Array>()
  const versions: VersionFile[] = []
  for (const entry of entries) {
    if (entry.name.startsWith('assets/')) assets.set(entry.name.slice(7), checkedAsset(bytes, entry))
    if (entry.name.startsWith('versions/')) {
      const raw = json(entry.name) as { plan?: unknown } | null
      const rawVersion = raw && typeof raw === 'object' ? { ...raw, plan: withLowerCaseId(raw.plan) } : raw
      if (fromNewerApp(rawVersion?.plan))
        throw invalid(`${entry.name} made by a newer Planværksted`, { reason: 'newer-version' })
      const v = VersionFile.safeParse(rawVersion)
      if (!v.success || v.data.plan.id !== plan.id || `versions/${v.data.id}.json` !== entry.name) {
        throw invalid(`${entry.name} is not a valid version`, {
          reason: 'package-version-invalid',
          part: entry.name,
        })
      }
      if (!checkDocument(v.data.plan.doc, { allowDuplicateIds: true }).ok) {
        throw invalid(`${entry.name} does not fit the schema`, {
          reason: 'package-version-invalid',
          part: entry.name,
        })
      }
      versions.push(v.data)
    }
  }
  return { manifest: manifest.data, plan, assets, versions }
}

/**
 * Plan ids are lower-case. A package made by hand (or by an app that once let upper case through)
 * may spell one in capitals: on Windows and macOS plans/ABC.json is the user's plans/abc.json, so
 * the id is compared without case by folding it before anything is looked up or called corrupt.
 */
function withLowerCaseId(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value
  const id = (value as { id?: unknown }).id
  return typeof id === 'string' ? { ...value, id: id.toLowerCase() } : value
}

function fromNewerApp(value: unknown): boolean {
  const version = (value as { schemaVersion?: unknown } | null | undefined)?.schemaVersion
  return typeof version === 'number' && version > PLAN_SCHEMA_VERSION
}

function checkedAsset(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const data = inflateEntry(bytes, entry)
  const name = entry.name.slice(7)
  const [hash, ext] = name.split('.')
  const sniffed = sniffImage(data)
  const extOk = sniffed === ext || (sniffed === 'jpg' && ext === 'jpeg')
  if (createHash('sha256').update(data).digest('hex') !== hash || !extOk) {
    throw invalid(`${name} does not match its name`, { reason: 'package-image-invalid', part: entry.name })
  }
  return data
}
