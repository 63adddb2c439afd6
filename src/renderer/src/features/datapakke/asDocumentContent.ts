import type { JSONContent } from '@tiptap/react'

/** Free-text answers chosen as quotes: one quote block each. */
export function quotesAsDocumentContent(answers: string[]): JSONContent[] {
  return answers.map((a) => ({
    type: 'blockquote',
    content: a
      .split(/\r?\n/)
      .filter((l) => l.trim() !== '')
      .map((l) => ({ type: 'paragraph', content: [{ type: 'text', text: l }] })),
  }))
}
