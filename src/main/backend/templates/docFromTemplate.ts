import type { DocJSON } from '../../../shared/model/plan'
import type { Template } from '../../../shared/model/template'
import { EMPTY_DOC } from '../../../shared/document/emptyDoc'
import { KEY_FIGURES_DEFAULTS } from '../../../shared/document/keyFigures/keyFiguresNode'

/**
 * The document a new plan opens with: each section a heading followed by an empty paragraph that
 * carries the section's guiding prompt (shown as placeholder, never exported).
 */
export function docFromTemplate(template: Template | null): DocJSON {
  if (!template) return structuredClone(EMPTY_DOC)
  const content: unknown[] = []
  for (const s of template.sections) {
    content.push({ type: 'heading', attrs: { level: s.level }, content: [{ type: 'text', text: s.heading }] })
    content.push({ type: 'paragraph', attrs: { prompt: s.prompt || null } })
    if (s.derived) content.push({ type: s.derived })
    const kf = s.keyFigures
    if (kf) {
      content.push({ type: 'paragraph', attrs: { prompt: kf.prompt || null } })
      content.push({
        type: 'keyFigures',
        attrs: {
          ...KEY_FIGURES_DEFAULTS,
          title: kf.title,
          labelHeading: kf.labelHeading,
          columns: [kf.column],
          unit: kf.unit,
          chart: 'line',
        },
      })
    }
  }
  return { type: 'doc', content }
}
