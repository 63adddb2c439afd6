// @vitest-environment happy-dom
import { afterEach, expect, it } from 'vitest'
import { Editor, type JSONContent } from '@tiptap/core'
import { Node as PMNode } from '@tiptap/pm/model'
import { Selection } from '@tiptap/pm/state'
import { planExtensions, planSchema } from '../../../../src/shared/document/extensions'
import { isPlanLoad, loadPlanContent } from '../../../../src/renderer/src/features/editor/loadPlanContent'
import { EMPTY_DOC } from '../../../../src/shared/document/emptyDoc'
import { generatePlan } from '../../../../bench/generate/plan'
import type { DocJSON } from '../../../../src/shared/model/plan'

let editor: Editor | null = null

/** The plan's blocks, plus at most the empty paragraph the trailing-node rule keeps after a last
 * block that is not a paragraph (here the focus matrix), as it would on any first edit. */
function expectThePlan(e: Editor, doc: DocJSON) {
  const want = PMNode.fromJSON(planSchema(), doc).toJSON().content as unknown[]
  const got = e.getJSON().content ?? []
  expect(got.slice(0, want.length)).toEqual(want)
  expect(got.slice(want.length)).toEqual(
    got.length > want.length ? [{ type: 'paragraph', attrs: { prompt: null } }] : [],
  )
}
afterEach(() => editor?.destroy())

// The editor is built empty and the plan put in once its surface has mounted (so it is drawn once);
// that load must look to the user exactly like opening the plan did before.
it('loading the plan is not an edit: nothing to save, nothing to undo, cursor at the start', () => {
  const { doc } = generatePlan(3)
  const updates: boolean[] = []
  editor = new Editor({
    element: document.createElement('div'),
    extensions: planExtensions(),
    content: EMPTY_DOC,
    onUpdate: ({ transaction }) => updates.push(isPlanLoad(transaction)),
  })
  loadPlanContent(editor as never, doc as JSONContent)

  expectThePlan(editor, doc)
  // Views that derive from the document hear about it, but as the load, which autosave skips.
  expect(updates).toEqual([true])
  expect(editor.state.selection.from).toBe(Selection.atStart(editor.state.doc).from)
  // Ctrl+Z straight after opening must not empty the plan.
  expect(editor.commands.undo()).toBe(false)
  expectThePlan(editor, doc)

  // Typing afterwards is an ordinary edit, and undo takes back only the typing.
  const before = editor.state.doc
  editor.commands.insertContent('nyt ord ')
  expect(updates.length).toBeGreaterThan(1)
  expect(updates.slice(1).every((load) => !load)).toBe(true)
  editor.commands.undo()
  expect(editor.state.doc.eq(before)).toBe(true)
})
