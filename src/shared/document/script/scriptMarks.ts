import { Mark, mergeAttributes } from '@tiptap/core'

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    superscript: { toggleSuperscript: () => ReturnType }
    subscript: { toggleSubscript: () => ReturnType }
  }
}

/** `vertical-align: super` / `sub` on a span (web pages, Google Docs) reads as the mark too. */
const verticalAlign = (value: 'super' | 'sub') => ({
  style: 'vertical-align',
  getAttrs: (v: string) => (v.trim().toLowerCase() === value ? null : false),
})

/**
 * Superscript and subscript (m², 10⁻³, CO₂, a note marker 2.340¹): the meaning of a number depends
 * on them, so a plan keeps them as marks, as Word keeps w:vertAlign. Own marks rather than TipTap's
 * extensions, whose releases stop short of the 3.32.2 the rest of TipTap is pinned to. They exclude
 * each other (Word's vertAlign has one value); no attributes, so checkDocument refuses any.
 * Ctrl+. and Ctrl+, as in TipTap's own extensions.
 */
export const Superscript = Mark.create({
  name: 'superscript',
  excludes: 'subscript',
  parseHTML: () => [{ tag: 'sup' }, verticalAlign('super')],
  renderHTML: ({ HTMLAttributes }) => ['sup', mergeAttributes(HTMLAttributes), 0],
  addCommands() {
    return {
      toggleSuperscript:
        () =>
        ({ commands }) =>
          commands.toggleMark(this.name),
    }
  },
  addKeyboardShortcuts() {
    return { 'Mod-.': () => this.editor.commands.toggleSuperscript() }
  },
})

export const Subscript = Mark.create({
  name: 'subscript',
  excludes: 'superscript',
  parseHTML: () => [{ tag: 'sub' }, verticalAlign('sub')],
  renderHTML: ({ HTMLAttributes }) => ['sub', mergeAttributes(HTMLAttributes), 0],
  addCommands() {
    return {
      toggleSubscript:
        () =>
        ({ commands }) =>
          commands.toggleMark(this.name),
    }
  },
  addKeyboardShortcuts() {
    return { 'Mod-,': () => this.editor.commands.toggleSubscript() }
  },
})
