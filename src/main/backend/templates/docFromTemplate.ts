import type { DocJSON } from '../../../shared/model/plan'
import type { Template } from '../../../shared/model/template'
import { EMPTY_DOC } from '../../../shared/document/validate'

/** Sections after whose prompt a derived block belongs; matched on the heading's text. */
const DERIVED_AFTER: Record<string, 'actionPlan' | 'focusMatrix'> = {
  handlingsplan: 'actionPlan',
  'sammenhæng med kommunens planer': 'focusMatrix',
}

/**
 * The document a new plan opens with: each section a heading followed by an empty paragraph that
 * carries the section's guiding prompt (shown as placeholder, never exported).
 */
export function docFromTemplate(template: Template | null): DocJSON {
  if (!template) return structuredClone(EMPTY_DOC) as unknown as DocJSON
  const content: unknown[] = []
  for (const s of template.sections) {
    content.push({ type: 'heading', attrs: { level: s.level }, content: [{ type: 'text', text: s.heading }] })
    content.push({ type: 'paragraph', attrs: { prompt: s.prompt || null } })
    const derived = DERIVED_AFTER[s.heading.trim().toLocaleLowerCase('da')]
    if (derived) content.push({ type: derived })
  }
  return { type: 'doc', content }
}
