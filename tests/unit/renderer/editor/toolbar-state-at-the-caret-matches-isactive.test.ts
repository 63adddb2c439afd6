// @vitest-environment happy-dom
import { afterAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { Editor } from '@tiptap/core'
import { TextSelection } from '@tiptap/pm/state'
import type { Editor as ReactEditor } from '@tiptap/react'
import { planExtensions } from '../../../../src/shared/document/extensions'
import {
  currentBlockStyle,
  markActions,
  blockActions,
} from '../../../../src/renderer/src/features/editor/toolbar/actions'
import { toolbarState } from '../../../../src/renderer/src/features/editor/toolbar/toolbarState'
import { generatePlan } from '../../../../bench/generate/plan'

const t = (text: string, marks?: string[]) => ({
  type: 'text',
  text,
  ...(marks && { marks: marks.map((type) => ({ type })) }),
})
const p = (...content: object[]) => ({ type: 'paragraph', content })
const doc = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [t('Vision '), t('fed', ['bold'])] },
    p(t('plain '), t('bold', ['bold']), t(' both', ['bold', 'italic']), t(' under', ['underline', 'strike'])),
    {
      type: 'bulletList',
      content: [{ type: 'listItem', content: [p(t('punkt '), t('kursiv', ['italic']))] }],
    },
    { type: 'blockquote', content: [p(t('citat'))] },
    ...(generatePlan(3).doc.content as object[]),
  ],
}
const editor = new Editor({
  element: document.createElement('div'),
  extensions: planExtensions(),
  content: doc,
})
afterAll(() => editor.destroy())

/** The toolbar's state as it was computed before: TipTap's isActive and a dry run of undo/redo. */
function byIsActive(e: Editor) {
  const toggles = [...markActions, ...blockActions].filter((a) => a.isActive)
  const r = e as unknown as ReactEditor
  return {
    active: Object.fromEntries(toggles.map((a) => [a.id, a.isActive!(r)])),
    canUndo: e.can().undo(),
    canRedo: e.can().redo(),
    inTable: e.isActive('table'),
    link: e.isActive('link'),
    block: currentBlockStyle(r),
  }
}

describe('the toolbar state', () => {
  it('gives what isActive gives, at any caret and over any selection', () => {
    const size = editor.state.doc.content.size
    fc.assert(
      fc.property(fc.integer({ min: 0, max: size }), fc.integer({ min: 0, max: 40 }), (at, length) => {
        const from = TextSelection.near(editor.state.doc.resolve(at))
        const to = TextSelection.near(editor.state.doc.resolve(Math.min(size, at + length)))
        editor.view.dispatch(editor.state.tr.setSelection(TextSelection.between(from.$from, to.$from)))
        expect(toolbarState(editor as unknown as ReactEditor)).toEqual(byIsActive(editor))
      }),
      { numRuns: 300 },
    )
  })

  it('follows undo and redo, and marks set for the next letters', () => {
    editor.commands.setTextSelection(3)
    editor.commands.insertContent('x')
    editor.commands.toggleBold()
    expect(toolbarState(editor as unknown as ReactEditor)).toEqual(byIsActive(editor))
    editor.commands.undo()
    expect(toolbarState(editor as unknown as ReactEditor)).toEqual(byIsActive(editor))
    expect(toolbarState(editor as unknown as ReactEditor).canRedo).toBe(true)
  })
})
