/**
 * The benchmark's peer: a bare TipTap editor (StarterKit + tables + images, no React, no custom
 * nodes) with the plan's content, custom nodes turned into the plain blocks they hold. What the
 * app costs beyond this is what its own code costs.
 */
import { Editor, type JSONContent } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'
import { TableKit } from '@tiptap/extension-table'
import Image from '@tiptap/extension-image'

/** Initiatives become their description blocks, derived blocks a paragraph, focus tags text. */
function plain(node: JSONContent): JSONContent[] {
  if (node.type === 'initiative') return (node.content ?? []).flatMap(plain)
  if (node.type === 'actionPlan' || node.type === 'focusMatrix' || node.type === 'sectionPrompt')
    return [{ type: 'paragraph', content: [{ type: 'text', text: node.type }] }]
  if (node.type === 'focusTag') return [{ type: 'text', text: String(node.attrs?.label ?? 'tag') }]
  if (node.type === 'image') return [{ ...node, attrs: { ...node.attrs, src: '' } }]
  if (!node.content) return [node]
  return [{ ...node, content: node.content.flatMap(plain) }]
}

declare global {
  interface Window {
    /** Draws the document and resolves after the frame that shows it (ms from call to painted). */
    openBare(doc: JSONContent): Promise<number>
  }
}

window.openBare = (doc) => {
  const content = plain(doc)[0]
  const t0 = performance.now()
  new Editor({
    element: document.getElementById('editor')!,
    extensions: [
      StarterKit.configure({ heading: { levels: [1, 2, 3] }, code: false, codeBlock: false }),
      TableKit.configure({ table: { resizable: false } }),
      Image,
    ],
    editorProps: { attributes: { class: 'plan-text' } },
    content,
  })
  return new Promise((done) => requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0))))
}
