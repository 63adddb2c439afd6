import { basename, extname } from 'node:path'
import { AppError } from '../../../shared/model/errors'
import type { Catalogue } from '../../../shared/model/catalogue'
import type { DocJSON, PlanKind } from '../../../shared/model/plan'
import type { OverviewSource } from '../../../shared/model/overview'
import { readPackage } from '../packages/readPackage'
import { PACKAGE_LIMITS } from '../packages/packageLimits'
import { readZipDirectory } from '../zip/readZipDirectory'
import type { ReadDocxResult } from '../import/readDocx'

/** A plan as the overview takes it from a file: what it says about itself, and its document. */
export type PlanFromFile = {
  planId: string
  title: string
  council: string
  municipality: string
  kind: PlanKind
  villages: string[]
  versionLabel: string
  catalogue: Catalogue | null
  planUpdatedAt: string
  source: OverviewSource
  doc: DocJSON
}

export type ReadWord = (bytes: Uint8Array) => Promise<ReadDocxResult>

const isZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 3 && b[3] === 4

const notAPlan = (fileName: string) =>
  new AppError('invalid-file', `${fileName} is neither a plan file nor a Word file`, {
    reason: 'overview-not-a-plan',
  })

/** A Word file read as the import reads it has no plan id: its title (and council, compared
 * apart) is what says "the same plan again". */
export const wordPlanId = (title: string) => `word:${title.trim().toLocaleLowerCase('da')}`.slice(0, 300)

/**
 * Reads one file the consultant chose, with the checks each way in already has: a .planvaerksted
 * file through readPackage (zip directory, schemas, images), a .docx through the Word import
 * (readDocx, in its worker), which brings our own export back whole from its plan part and reads
 * any other Word file by its visible content. Anything else is refused with reason
 * overview-not-a-plan. Nothing is written.
 */
export async function readOverviewFile(
  bytes: Uint8Array,
  fileName: string,
  readWord: ReadWord,
): Promise<PlanFromFile> {
  const ext = extname(fileName).toLowerCase()
  if (isZip(bytes)) {
    const names = new Set(readZipDirectory(bytes, PACKAGE_LIMITS).map((e) => e.name))
    if (names.has('manifest.json') && names.has('plan.json')) return fromPackage(bytes)
    if (names.has('word/document.xml') || names.has('[Content_Types].xml'))
      return fromWord(bytes, fileName, readWord)
    throw notAPlan(fileName)
  }
  // Not a zip: a Word file by name still goes to the Word reader, which says what it really is
  // (a PDF, a Word 97 file, text); anything else is not for the overview.
  if (ext === '.docx') return fromWord(bytes, fileName, readWord)
  throw notAPlan(fileName)
}

function fromPackage(bytes: Uint8Array): PlanFromFile {
  const { plan } = readPackage(bytes)
  const m = plan.meta
  return {
    planId: plan.id,
    title: m.title,
    council: m.council,
    municipality: m.municipality,
    kind: m.kind,
    villages: m.villages,
    versionLabel: m.versionLabel,
    catalogue: m.catalogue,
    planUpdatedAt: m.updatedAt,
    source: 'package',
    doc: plan.doc,
  }
}

async function fromWord(bytes: Uint8Array, fileName: string, readWord: ReadWord): Promise<PlanFromFile> {
  const { doc, cover, details } = await readWord(bytes)
  const title = (cover.title || basename(fileName, extname(fileName))).trim().slice(0, 300)
  return {
    planId: wordPlanId(title),
    title,
    council: cover.council.trim().slice(0, 200),
    municipality: cover.municipality.trim().slice(0, 200),
    kind: details?.kind ?? 'council',
    villages: cover.villages
      .map((v) => v.trim().slice(0, 100))
      .filter(Boolean)
      .slice(0, 50),
    versionLabel: cover.versionLabel.slice(0, 100),
    catalogue: details?.catalogue ?? null,
    planUpdatedAt: '',
    source: details ? 'docx-plan' : 'docx-import',
    doc,
  }
}
