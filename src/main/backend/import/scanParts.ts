import type { DocxPackage } from './openDocx'
import type { ReportCollector } from './report'
import { decodeXmlEntities as decode } from './xmlEntities'

/** Fields mammoth renders or that only a page layout needs; every other field's result is lost. */
const HARMLESS_FIELDS = new Set(['TOC', 'PAGE', 'NUMPAGES', 'SECTIONPAGES', 'PAGEREF', 'HYPERLINK'])

/**
 * Reads the raw Word XML for what mammoth passes over without a word: text boxes, tracked changes,
 * notes, fields, charts, SmartArt, embedded objects, equations, external images and linked
 * templates. Found by their element names, counted, and a little of their text kept as a sample.
 */
export function scanParts(pkg: DocxPackage, report: ReportCollector): void {
  const xml = pkg.text('word/document.xml') ?? ''
  // Word writes a text box twice (modern drawing and a VML fallback): count the modern one only.
  const main = xml.replace(/<mc:Fallback>[\s\S]*?<\/mc:Fallback>/g, '')

  for (const box of main.match(/<w:txbxContent>[\s\S]*?<\/w:txbxContent>/g) ?? []) {
    report.add('textBox', runText(box))
  }
  for (const del of main.match(/<w:del\b[^>]*[^/]>[\s\S]*?<\/w:del>/g) ?? []) {
    report.add('trackedChange', `− ${delText(del)}`)
  }
  for (const ins of main.match(/<w:ins\b[^>]*[^/]>[\s\S]*?<\/w:ins>/g) ?? []) {
    report.add('trackedChange', `+ ${runText(ins)}`)
  }
  report.add('footnote', undefined, count(main, /<w:footnoteReference\b/g))
  report.add('endnote', undefined, count(main, /<w:endnoteReference\b/g))
  report.add('comments', undefined, count(main, /<w:commentReference\b/g))

  const fields = [
    ...[...main.matchAll(/<w:fldSimple\b[^>]*w:instr="([^"]*)"/g)].map((m) => m[1]),
    ...joinInstrTexts(main),
  ]
  for (const instr of fields) {
    const name = instr.trim().split(/\s+/)[0]?.toUpperCase() ?? ''
    if (name && !HARMLESS_FIELDS.has(name)) report.add('field', instr.trim())
  }

  report.add('chart', undefined, count(main, /<c:chart\b/g))
  report.add('smartArt', undefined, count(main, /<dgm:relIds\b/g))
  report.add('embeddedObject', undefined, count(main, /<w:object\b/g) + count(main, /<w:control\b/g))
  report.add('equation', undefined, count(main, /<m:oMath\b/g))

  const rels = pkg.text('word/_rels/document.xml.rels') ?? ''
  for (const rel of rels.match(/<Relationship\b[^>]*>/g) ?? []) {
    if (!/TargetMode="External"/.test(rel)) continue
    const target = /Target="([^"]*)"/.exec(rel)?.[1] ?? ''
    if (/\/image"/.test(rel)) report.add('externalImage', target)
  }
  const settingsRels = pkg.text('word/_rels/settings.xml.rels') ?? ''
  if (
    /attachedTemplate"[^>]*TargetMode="External"|TargetMode="External"[^>]*attachedTemplate"/.test(
      settingsRels,
    )
  ) {
    report.add('linkedTemplate', /Target="([^"]*)"/.exec(settingsRels)?.[1])
  }
}

function count(s: string, re: RegExp): number {
  return s.match(re)?.length ?? 0
}

/** The visible text of a stretch of WordprocessingML, paragraphs separated by spaces. */
export function runText(xml: string): string {
  const parts = xml.match(/<w:t(?:\s[^>]*)?>[^<]*<\/w:t>|<\/w:p>|<w:tab\/>/g) ?? []
  const text = parts.map((p) =>
    p.startsWith('<w:t') && !p.startsWith('<w:tab') ? p.replace(/<[^>]+>/g, '') : ' ',
  )
  return decode(text.join('')).replace(/\s+/g, ' ').trim()
}

function delText(xml: string): string {
  return decode(
    (xml.match(/<w:delText(?:\s[^>]*)?>[^<]*<\/w:delText>/g) ?? [])
      .map((t) => t.replace(/<[^>]+>/g, ''))
      .join(''),
  )
}

/** Complex fields spread their instruction over several w:instrText runs between fldChar marks. */
function joinInstrTexts(xml: string): string[] {
  const out: string[] = []
  let current: string | null = null
  for (const m of xml.matchAll(
    /<w:fldChar\b[^>]*w:fldCharType="(begin|separate|end)"|<w:instrText(?:\s[^>]*)?>([^<]*)<\/w:instrText>/g,
  )) {
    if (m[1] === 'begin') current = ''
    else if (m[1] === 'separate' || m[1] === 'end') {
      if (current !== null && current.trim()) out.push(decode(current))
      current = null
    } else if (current !== null) current += m[2] ?? ''
  }
  return out
}
