import { Node as PMNode, type Schema } from '@tiptap/pm/model'
import type { z } from 'zod'
import { planSchema } from './extensions'
import { checkShape, type AttrSchemas } from './checkShape'
import { InitiativeAttrsSchema } from './initiative/initiativeAttrs'
import { DerivedBlockAttrsSchema } from './derived/derivedAttrs'
import { YearWheelBlockAttrsSchema } from './yearWheelBlock/yearWheelBlockAttrs'
import { ImageAttrsSchema } from './image/imageAttrs'
import { HeadingAttrsSchema } from './heading/headingAttrs'
import { TableCellAttrsSchema } from './table/tableAttrs'
import { OrderedListAttrsSchema } from './list/listAttrs'
import { ParagraphAttrsSchema } from './sectionPrompt/paragraphAttrs'
import { LinkAttrsSchema } from './link/linkAttrs'
import { KeyFiguresAttrsSchema } from './keyFigures/keyFiguresAttrs'

export { MAX_DOC_DEPTH } from './checkShape'

export type DocCheck = { ok: true; node: PMNode } | { ok: false; reason: string }

export type DocCheckOptions = {
  /**
   * Two initiatives with one id are refused at the edge (a save, an import). A plan file or a
   * snapshot already on disk that has them (written before this check) still opens: the editor
   * gives the copy a new id as it opens, and the next save is whole again.
   */
  allowDuplicateIds?: boolean
}

/** The attributes of each node and mark the schema has, checked beside the node they belong to;
 * a node or mark not named here has no attributes at all. */
const NODE_ATTRS: Record<string, z.ZodType> = {
  paragraph: ParagraphAttrsSchema,
  heading: HeadingAttrsSchema,
  orderedList: OrderedListAttrsSchema,
  tableCell: TableCellAttrsSchema,
  tableHeader: TableCellAttrsSchema,
  image: ImageAttrsSchema,
  initiative: InitiativeAttrsSchema,
  actionPlan: DerivedBlockAttrsSchema,
  focusMatrix: DerivedBlockAttrsSchema,
  yearWheel: YearWheelBlockAttrsSchema,
  keyFigures: KeyFiguresAttrsSchema,
}
const MARK_ATTRS: Record<string, z.ZodType> = { link: LinkAttrsSchema }

let schemas: AttrSchemas | null = null
function attrSchemas(schema: Schema): AttrSchemas {
  schemas ??= { schema, nodes: NODE_ATTRS, marks: MARK_ATTRS }
  return schemas
}

/**
 * THE check of a plan document, run once at every way in (save, restore, package and Word import,
 * a new plan from a template, a plan file read from disk). First a walk without recursion over the
 * raw JSON: depth, known node and mark types, every attribute typed and ranged (spans 1..63,
 * heading levels the schema has, links by the link policy, images only as assets, initiative
 * fields), unique initiative ids. Only then does ProseMirror build the node (recursively: a
 * 100,000-deep document would overflow the stack there) and check the content rules. Never
 * throws: anything wrong is `{ ok: false, reason }`.
 */
export function checkDocument(json: unknown, options: DocCheckOptions = {}): DocCheck {
  try {
    const schema = planSchema()
    const problem = checkShape(json, attrSchemas(schema), !options.allowDuplicateIds)
    if (problem) return { ok: false, reason: problem }
    const node = PMNode.fromJSON(schema, json)
    node.check()
    return { ok: true, node }
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : String(e) }
  }
}
