// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { shieldSelectionFromReact } from '../../../../src/renderer/src/features/editor/reactSelectionShield'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

let root: Root | null = null
afterEach(() => {
  act(() => root?.unmount())
  root = null
  document.body.innerHTML = ''
})

/** A focused contenteditable with the caret in it, and how often React read its text. */
function focusedEditor(shielded: boolean) {
  const editor = document.createElement('div')
  editor.contentEditable = 'true'
  for (let i = 0; i < 50; i++)
    editor.append(Object.assign(document.createElement('p'), { textContent: `afsnit ${i}` }))
  document.body.append(editor)
  if (shielded) shieldSelectionFromReact(editor)
  editor.focus()
  const text = editor.lastChild!.firstChild!
  document.getSelection()!.collapse(text, 3)
  let reads = 0
  const value = text.nodeValue
  Object.defineProperty(text, 'nodeValue', { get: () => (reads++, value), configurable: true })
  return { editor, reads: () => reads }
}

/** A commit elsewhere on the page (the save state, a card going live). */
function commitSomething() {
  const host = document.createElement('div')
  document.body.append(host)
  root = createRoot(host)
  act(() => root!.render(<span>Gemt</span>))
  act(() => root!.render(<span>Gemmer</span>))
}

describe('a React commit while the caret is in the editor', () => {
  it('walks the whole editor text to note the selection when nothing stops it', () => {
    const { editor, reads } = focusedEditor(false)
    expect(document.activeElement).toBe(editor)
    commitSomething()
    expect(reads()).toBeGreaterThan(0)
  })

  it('does not read the editor text once the editor root is shielded, and keeps the selection', () => {
    const { editor, reads } = focusedEditor(true)
    commitSomething()
    expect(reads()).toBe(0)
    expect(document.activeElement).toBe(editor)
    expect(document.getSelection()!.anchorOffset).toBe(3)
  })
})
