import { z } from 'zod'
import { PlanMeta } from '../../../shared/model/plan'
import { bodyFingerprint } from '../planPart/bodyFingerprint'
import { PLAN_PART } from '../planPart/planPartFormat'
import { scanXml } from '../xml/scanXml'
import type { DocxPackage } from './openDocx'

/** The plan's details a plan part may bring, checked by the plan file's own schema. */
const PartMeta = PlanMeta.pick({
  title: true,
  council: true,
  kind: true,
  villages: true,
  municipality: true,
  templateId: true,
  versionLabel: true,
  catalogue: true,
})
const PartContent = z.object({
  meta: PartMeta,
  doc: z.unknown(),
  media: z.record(z.string().max(300), z.string().max(300)).default({}),
})
export type PlanPartMeta = z.infer<typeof PartMeta>

/**
 * What the plan part of a .docx says about the file:
 * - `none`: no part (someone else's document, or one saved by a program that drops it);
 * - `changed`: a part whose fingerprint no longer matches the text the file shows (edited in Word);
 * - `damaged`: a part that cannot be read as a plan (cut short, or not ours after all);
 * - `intact`: the plan itself, as it was exported, still to be checked like every way in.
 */
export type PlanPartFinding =
  | { kind: 'none' }
  | { kind: 'changed' }
  | { kind: 'damaged'; why: string }
  | { kind: 'intact'; meta: PlanPartMeta; doc: unknown; media: Record<string, string> }

/** Where the document part's relationships point at a custom XML part, resolved from word/. */
function customXmlTargets(pkg: DocxPackage): string[] {
  const rels = pkg.text('word/_rels/document.xml.rels')
  if (!rels) return []
  const out: string[] = []
  scanXml(
    rels,
    {
      open(name, attrs) {
        if (
          name !== 'Relationship' ||
          attrs.Type !== PLAN_PART.relCustomXml ||
          attrs.TargetMode === 'External'
        )
          return
        const target = attrs.Target ?? ''
        out.push(target.startsWith('/') ? target.slice(1) : `word/${target}`.replace(/^word\/\.\.\//, ''))
      },
    },
    { part: 'word/_rels/document.xml.rels' },
  )
  return out
}

/** The root of a custom XML part, when it is a plan part: its attributes and its text. */
function readItem(xml: string): { fingerprint: string; version: string; json: string } | null {
  let root: Record<string, string> | null = null
  let isPlan = false
  const text: string[] = []
  let depth = 0
  scanXml(
    xml,
    {
      open(name, attrs) {
        // Word may write the part again with its namespace under a prefix (ns0:plan).
        const colon = name.indexOf(':')
        const [prefix, local] = colon < 0 ? ['', name] : [name.slice(0, colon), name.slice(colon + 1)]
        const ns = prefix ? attrs[`xmlns:${prefix}`] : attrs.xmlns
        if (depth === 0 && local === 'plan' && ns === PLAN_PART.namespace) {
          root = attrs
          isPlan = true
        }
        depth++ // a self-closing element closes at once (scanXml)
      },
      close() {
        depth--
      },
      text(t) {
        if (isPlan && depth === 1) text.push(t)
      },
    },
    { part: 'customXml' },
  )
  const attrs = root as Record<string, string> | null
  if (!attrs) return null
  return { fingerprint: attrs.fingerprint ?? '', version: attrs.version ?? '', json: text.join('') }
}

/**
 * Finds the plan part our export writes (export/docx/planPart.ts) and tells whether the file
 * still shows what it was exported with: the fingerprint of the document part's text, worked out
 * again, must be the one the part was written with. Only then is the part's plan the file's plan;
 * any edit in Word (a word changed, a tracked change, a table cell filled in) reads the visible
 * content instead. The plan returned here is still only JSON: the caller checks it like any other.
 */
export function readPlanPart(pkg: DocxPackage): PlanPartFinding {
  for (const path of customXmlTargets(pkg)) {
    const xml = pkg.text(path)
    if (!xml) continue
    const item = readItem(xml)
    if (!item) continue
    if (item.version !== String(PLAN_PART.version))
      return { kind: 'damaged', why: `plan part version ${item.version}` }
    if (item.fingerprint !== bodyFingerprint(pkg.text('word/document.xml') ?? '')) return { kind: 'changed' }
    let parsed: unknown
    try {
      parsed = JSON.parse(item.json)
    } catch {
      // JSON.parse fails only on text that is not JSON: the part was cut or edited by hand.
      return { kind: 'damaged', why: 'the plan part is not JSON' }
    }
    const content = PartContent.safeParse(parsed)
    if (!content.success) return { kind: 'damaged', why: `plan part: ${content.error.issues[0]?.message}` }
    return { kind: 'intact', ...content.data }
  }
  return { kind: 'none' }
}
