import { randomUUID } from 'node:crypto'
import { AppError } from '../../../shared/model/errors'
import { initiativeNode } from '../../../shared/document/initiative/initiativeNode'
import { derivedBlockNode } from '../../../shared/document/derived/derivedNode'
import type { ImportedNode } from './html/inline'
import type { ReportCollector } from './report'
import {
  ALL_LABELS,
  initiativeFromTable,
  initiativeLabels,
  isActionPlanTable,
  isFocusMatrixTable,
  textWithCellTabs,
} from './exportShapes'

export type CoverInfo = {
  title: string
  council: string
  villages: string[]
  municipality: string
  versionLabel: string
}

const DESCRIPTION = new Set(['paragraph', 'bulletList', 'orderedList', 'blockquote'])

/**
 * Turns the shapes our export writes back into the plan's own nodes: the cover into plan details,
 * an initiative's heading + field table + description into an initiative, the action plan and
 * the focus matrix tables into their derived blocks, and drops what the export adds by itself
 * (table of contents, the catalogue appendix). Someone else's Word tables stay tables.
 */
export function recogniseShapes(blocks: ImportedNode[], ourExport: boolean, report: ReportCollector) {
  const cover: CoverInfo = { title: '', council: '', villages: [], municipality: '', versionLabel: '' }
  const out: ImportedNode[] = []
  let initiatives = 0
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]
    const text = textWithCellTabs(b).trim()
    if (b.role === 'title') {
      cover.title ||= text
      continue
    }
    if (b.role === 'subtitle') {
      if (ourExport) cover.council ||= text.split(' · ')[0]
      else out.push(strip(b))
      continue
    }
    if (b.role === 'covermeta' && readCoverLine(text, cover)) continue
    if (b.role === 'tocheading' || b.role === 'tocentry') continue
    if (ourExport && b.type === 'heading' && ALL_LABELS.some((l) => l.appendix.heading === text)) break
    if (ourExport && b.role === 'note') {
      const l = ALL_LABELS.find((x) => x.noCatalogue === text || x.noInitiatives === text)
      if (l) {
        out.push(derivedBlockNode(l.noCatalogue === text ? 'focusMatrix' : 'actionPlan'))
        continue
      }
    }
    if (ourExport && b.type === 'table' && isActionPlanTable(b)) {
      out.push(derivedBlockNode('actionPlan'))
      continue
    }
    if (ourExport && b.type === 'table' && isFocusMatrixTable(b)) {
      out.push(derivedBlockNode('focusMatrix'))
      continue
    }
    if (ourExport && ALL_LABELS.some((l) => l.matrixKey === text)) {
      // The key the export writes above a matrix headed by numbers: derived, like the matrix.
      let j = i + 1
      while (j < blocks.length && blocks[j].type === 'paragraph') j++
      if (blocks[j]?.type === 'table' && isFocusMatrixTable(blocks[j])) {
        i = j - 1
        continue
      }
    }
    const next = blocks[i + 1]
    const labels = b.type === 'heading' && next?.type === 'table' ? initiativeLabels(next) : null
    if (labels && next) {
      const { fields, focusNames } = initiativeFromTable(text, next, labels)
      for (const name of focusNames) report.add('focusAreas', name)
      const content: ImportedNode[] = []
      let j = i + 2
      for (; j < blocks.length && DESCRIPTION.has(blocks[j].type) && !blocks[j].role; j++)
        content.push(blocks[j])
      // The same factory as the editor's insertInitiative: a field the node's schema refuses is
      // refused here as the whole document's check would refuse it.
      const made = initiativeNode(randomUUID(), fields, content)
      if (!made.ok) throw new AppError('invalid-document', `imported initiative: ${made.issue}`)
      out.push(made.value)
      initiatives++
      i = j - 1
      continue
    }
    out.push(strip(b))
  }
  return { blocks: out.map(stripDeep), cover, initiatives }
}

function readCoverLine(text: string, cover: CoverInfo): boolean {
  const m = /^([^:]+):\s*(.*)$/.exec(text)
  if (!m) return false
  const [, label, value] = m
  const c = ALL_LABELS.map((l) => l.cover)
  if (c.some((x) => x.villages === label))
    cover.villages = value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
  else if (c.some((x) => x.municipality === label)) cover.municipality = value
  else if (c.some((x) => x.version === label)) cover.versionLabel = value
  else if (!c.some((x) => x.date === label)) return false
  return true
}

function strip(b: ImportedNode): ImportedNode {
  if (b.role === undefined) return b
  const { role: _role, ...rest } = b
  return rest
}

function stripDeep(b: ImportedNode): ImportedNode {
  const s = strip(b)
  return s.content ? { ...s, content: s.content.map(stripDeep) } : s
}
