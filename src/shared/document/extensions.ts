import type { AnyExtension } from '@tiptap/core'
import { getSchema } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'
import { TableKit } from '@tiptap/extension-table'
import { Initiative } from './initiative/initiative'
import { ActionPlan, FocusMatrix } from './derived/derivedBlocks'
import { YearWheelBlock } from './yearWheelBlock/yearWheelBlock'
import { FocusTag } from './focusTag/focusTag'
import { SectionPrompt } from './sectionPrompt/sectionPrompt'
import { PlanImage } from './image/planImage'
import { KeyFigures } from './keyFigures/keyFiguresNode'
import { isAllowedLink } from './linkPolicy'
import { HEADING_LEVELS } from './heading/headingAttrs'
import { PlanTableCell, PlanTableHeader } from './table/planTableCells'
import { Subscript, Superscript } from './script/scriptMarks'

/** Node views the renderer injects; the shared list stays headless (no React, no DOM). */
export type NodeOverrides = Partial<
  Record<'initiative' | 'actionPlan' | 'focusMatrix' | 'yearWheel' | 'image' | 'keyFigures', AnyExtension>
>

/**
 * THE document schema: one extension list for the editor, the backend's validation and the export.
 * Code blocks and inline code are left out: a development plan has no use for them and Word
 * readers would get monospace noise.
 */
export function planExtensions(overrides: NodeOverrides = {}): AnyExtension[] {
  return [
    StarterKit.configure({
      heading: { levels: [...HEADING_LEVELS] },
      code: false,
      codeBlock: false,
      link: {
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        defaultProtocol: 'https',
        protocols: ['mailto'],
        isAllowedUri: (url) => isAllowedLink(url),
        HTMLAttributes: { rel: 'noopener noreferrer', target: null },
      },
    }),
    TableKit.configure({ table: { resizable: false }, tableCell: false, tableHeader: false }),
    PlanTableCell,
    PlanTableHeader,
    overrides.image ?? PlanImage,
    overrides.initiative ?? Initiative,
    overrides.actionPlan ?? ActionPlan,
    overrides.focusMatrix ?? FocusMatrix,
    overrides.yearWheel ?? YearWheelBlock,
    overrides.keyFigures ?? KeyFigures,
    FocusTag,
    SectionPrompt,
    Superscript,
    Subscript,
  ]
}

let cached: ReturnType<typeof getSchema> | null = null
/** The ProseMirror schema of a plan document, built once. */
export function planSchema() {
  cached ??= getSchema(planExtensions())
  return cached
}
