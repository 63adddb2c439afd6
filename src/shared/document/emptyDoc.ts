/**
 * A plan with nothing written yet: one empty paragraph, because the schema wants a block. Shared by
 * the editor (which is built empty before the plan arrives) and the templates (a plan made without
 * one). Never mutate it: copy it first.
 */
export const EMPTY_DOC: { type: 'doc'; content: { type: string }[] } = {
  type: 'doc',
  content: [{ type: 'paragraph' }],
}
