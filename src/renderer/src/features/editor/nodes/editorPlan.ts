import type { Editor } from '@tiptap/core'

/**
 * Which plan an editor shows, and how to save it now, for a card's "Søg midler": node views are
 * drawn in React roots of their own, outside the screen's context, so the screen leaves it here.
 */
const plans = new WeakMap<Editor, { planId: string; flush: () => Promise<boolean> }>()

export const setEditorPlan = (editor: Editor, planId: string, flush: () => Promise<boolean>) =>
  plans.set(editor, { planId, flush })
export const editorPlan = (editor: Editor) => plans.get(editor) ?? null
