import type { DocxPackage } from './openDocx'
import type { ReportCollector } from './report'
import { scanXml } from '../xml/scanXml'
import { VisibleText } from '../xml/visibleText'

/** Fields mammoth renders or that only a page layout needs; every other field's result is lost. */
const HARMLESS_FIELDS = new Set(['TOC', 'PAGE', 'NUMPAGES', 'SECTIONPAGES', 'PAGEREF', 'HYPERLINK'])

/** Elements that are only counted: each one met is one thing that cannot come across. */
const COUNTED = {
  'w:footnoteReference': 'footnote',
  'w:endnoteReference': 'endnote',
  'w:commentReference': 'comments',
  'c:chart': 'chart',
  'dgm:relIds': 'smartArt',
  'w:object': 'embeddedObject',
  'w:control': 'embeddedObject',
  'm:oMath': 'equation',
} as const

const MAX_SAMPLED = 4
const EXTERNAL_IMAGE = /\/image$/
const ATTACHED_TEMPLATE = /\/attachedTemplate$/

/**
 * Reads the raw Word XML for what mammoth passes over without a word: text boxes, tracked changes,
 * notes, fields, charts, SmartArt, embedded objects, equations, external images and linked
 * templates. Found by their element names in one forward scan (linear in the part, whatever it
 * holds), counted, and a little of their text kept as a sample.
 */
export function scanParts(pkg: DocxPackage, report: ReportCollector): void {
  scanDocument(pkg.text('word/document.xml') ?? '', report)

  forEachRelationship(pkg.text('word/_rels/document.xml.rels'), (rel) => {
    if (rel.TargetMode === 'External' && EXTERNAL_IMAGE.test(rel.Type ?? ''))
      report.add('externalImage', rel.Target ?? '')
  })
  forEachRelationship(pkg.text('word/_rels/settings.xml.rels'), (rel) => {
    if (rel.TargetMode === 'External' && ATTACHED_TEMPLATE.test(rel.Type ?? ''))
      report.add('linkedTemplate', rel.Target)
  })
}

function scanDocument(xml: string, report: ReportCollector): void {
  if (!xml) return
  const counts = new Map<string, number>()
  // Word writes a text box twice (modern drawing and a VML fallback): count the modern one only.
  let fallbackDepth = 0
  /** Open text boxes, tracked changes: each gathers its own text until it closes. */
  const gathering: { name: string; depth: number; text: VisibleText | null; done: (t: string) => void }[] = []
  let depth = 0
  let instr: string[] | null = null
  let boxes = 0

  // A change inside a change inside a box...: only the outer few keep a sample, so nested ones
  // cannot make each run of text be gathered once per level.
  const gather = (name: string, text: VisibleText, done: (t: string) => void) =>
    gathering.push({ name, depth, text: gathering.length < MAX_SAMPLED ? text : null, done })

  const sampling = (fn: (t: VisibleText) => void) => {
    for (let k = 0; k < gathering.length && k < MAX_SAMPLED; k++) fn(gathering[k].text!)
  }

  scanXml(
    xml,
    {
      open(name, attrs, selfClosing, parent) {
        depth++
        if (fallbackDepth || name === 'mc:Fallback') {
          fallbackDepth++
          return
        }
        sampling((t) => t.open(name, parent))
        const counted = COUNTED[name as keyof typeof COUNTED]
        if (counted) counts.set(counted, (counts.get(counted) ?? 0) + 1)
        // Only the outermost text box is one: a box inside a box is part of its text.
        if (name === 'w:txbxContent') {
          if (boxes++ === 0 && !selfClosing) gather(name, new VisibleText(), (t) => report.add('textBox', t))
        } else if (name === 'w:del' && !selfClosing)
          gather(name, new VisibleText('w:delText'), (t) => report.add('trackedChange', `− ${t}`))
        else if (name === 'w:ins' && !selfClosing)
          gather(name, new VisibleText(), (t) => report.add('trackedChange', `+ ${t}`))
        else if (name === 'w:fldSimple') field(attrs['w:instr'])
        else if (name === 'w:fldChar') {
          // Complex fields spread their instruction over w:instrText runs between fldChar marks.
          const type = attrs['w:fldCharType']
          if (type === 'begin') instr = []
          else if (type === 'separate' || type === 'end') {
            if (instr) field(instr.join(''))
            instr = null
          }
        }
      },
      close(name) {
        const at = depth--
        if (fallbackDepth) {
          fallbackDepth--
          return
        }
        sampling((t) => t.close(name))
        if (name === 'w:txbxContent') boxes--
        const last = gathering[gathering.length - 1]
        if (last && last.depth === at) {
          gathering.pop()
          last.done(last.text?.value() ?? '')
        }
      },
      text(text, parent) {
        if (fallbackDepth) return
        sampling((t) => t.text(text, parent))
        if (instr && parent === 'w:instrText') instr.push(text)
      },
    },
    { part: 'word/document.xml' },
  )
  for (const [kind, n] of counts) report.add(kind as (typeof COUNTED)[keyof typeof COUNTED], undefined, n)

  function field(instruction: string | undefined) {
    const text = instruction?.trim() ?? ''
    const name = text.split(/\s+/)[0]?.toUpperCase() ?? ''
    if (name && !HARMLESS_FIELDS.has(name)) report.add('field', text)
  }
}

function forEachRelationship(xml: string | null, each: (attrs: Record<string, string>) => void): void {
  if (!xml) return
  scanXml(xml, { open: (name, attrs) => name === 'Relationship' && each(attrs) }, { part: 'rels' })
}
