import type { Editor } from '@tiptap/react'

/** One editing command: what the toolbar, the selection menu and the tests all call it by. */
export type Action = {
  id: string
  /** Shown as text when there is no icon (B, I, U, S). */
  glyph?: string
  icon?: string
  shortcut?: string
  isActive?: (e: Editor) => boolean
  run: (e: Editor) => void
  canRun?: (e: Editor) => boolean
}

export const markActions: Action[] = [
  {
    id: 'bold',
    glyph: 'B',
    shortcut: 'Ctrl+B',
    isActive: (e) => e.isActive('bold'),
    run: (e) => e.chain().focus().toggleBold().run(),
  },
  {
    id: 'italic',
    glyph: 'I',
    shortcut: 'Ctrl+I',
    isActive: (e) => e.isActive('italic'),
    run: (e) => e.chain().focus().toggleItalic().run(),
  },
  {
    id: 'underline',
    glyph: 'U',
    shortcut: 'Ctrl+U',
    isActive: (e) => e.isActive('underline'),
    run: (e) => e.chain().focus().toggleUnderline().run(),
  },
  {
    id: 'strike',
    glyph: 'S',
    shortcut: 'Ctrl+Shift+S',
    isActive: (e) => e.isActive('strike'),
    run: (e) => e.chain().focus().toggleStrike().run(),
  },
  {
    id: 'superscript',
    glyph: 'x²',
    shortcut: 'Ctrl+.',
    isActive: (e) => e.isActive('superscript'),
    run: (e) => e.chain().focus().toggleSuperscript().run(),
  },
  {
    id: 'subscript',
    glyph: 'x₂',
    shortcut: 'Ctrl+,',
    isActive: (e) => e.isActive('subscript'),
    run: (e) => e.chain().focus().toggleSubscript().run(),
  },
]

export const historyActions: Action[] = [
  {
    id: 'undo',
    icon: 'undo',
    shortcut: 'Ctrl+Z',
    run: (e) => e.chain().focus().undo().run(),
    canRun: (e) => e.can().undo(),
  },
  {
    id: 'redo',
    icon: 'redo',
    shortcut: 'Ctrl+Y',
    run: (e) => e.chain().focus().redo().run(),
    canRun: (e) => e.can().redo(),
  },
]

export const blockActions: Action[] = [
  {
    id: 'bulletList',
    icon: 'bulletList',
    shortcut: 'Ctrl+Shift+8',
    isActive: (e) => e.isActive('bulletList'),
    run: (e) => e.chain().focus().toggleBulletList().run(),
  },
  {
    id: 'orderedList',
    icon: 'orderedList',
    shortcut: 'Ctrl+Shift+7',
    isActive: (e) => e.isActive('orderedList'),
    run: (e) => e.chain().focus().toggleOrderedList().run(),
  },
  {
    id: 'blockquote',
    icon: 'quote',
    shortcut: 'Ctrl+Shift+B',
    isActive: (e) => e.isActive('blockquote'),
    run: (e) => e.chain().focus().toggleBlockquote().run(),
  },
  { id: 'horizontalRule', icon: 'rule', run: (e) => e.chain().focus().setHorizontalRule().run() },
]

export const tableActions: Action[] = [
  { id: 'addRowAfter', run: (e) => e.chain().focus().addRowAfter().run() },
  { id: 'deleteRow', run: (e) => e.chain().focus().deleteRow().run() },
  { id: 'addColumnAfter', run: (e) => e.chain().focus().addColumnAfter().run() },
  { id: 'deleteColumn', run: (e) => e.chain().focus().deleteColumn().run() },
  { id: 'toggleHeaderRow', run: (e) => e.chain().focus().toggleHeaderRow().run() },
  { id: 'deleteTable', run: (e) => e.chain().focus().deleteTable().run() },
]

export function insertTable(e: Editor) {
  e.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()
}

export type BlockStyle = 'paragraph' | 'h1' | 'h2' | 'h3'

export function currentBlockStyle(e: Editor): BlockStyle {
  for (const level of [1, 2, 3] as const) if (e.isActive('heading', { level })) return `h${level}`
  return 'paragraph'
}

export function setBlockStyle(e: Editor, style: BlockStyle) {
  const chain = e.chain().focus()
  if (style === 'paragraph') chain.setParagraph().run()
  else chain.setHeading({ level: Number(style[1]) as 1 | 2 | 3 }).run()
}
