import { Node, mergeAttributes } from '@tiptap/core'
import type { KeyFigureTable } from '../../model/keyFigures'

/** A new, empty block: one column, three rows without values, a chart chosen from the data later. */
export const KEY_FIGURES_DEFAULTS: KeyFigureTable = {
  title: '',
  source: '',
  labelHeading: '',
  columns: [''],
  unit: '',
  rows: [
    { label: '', values: [null] },
    { label: '', values: [null] },
    { label: '', values: [null] },
  ],
  chart: 'columns',
}

type El = { getAttribute(name: string): string | null }

/** Each attribute as JSON in a data- attribute, so copy and paste inside the editor keep the block
 * whole; anything unreadable falls back to the default (checkDocument guards every save). */
const jsonAttr = (name: keyof KeyFigureTable) => ({
  default: KEY_FIGURES_DEFAULTS[name],
  parseHTML: (el: El) => {
    const raw = el.getAttribute(`data-${name.toLowerCase()}`)
    if (raw == null) return KEY_FIGURES_DEFAULTS[name]
    try {
      return JSON.parse(raw) as unknown
    } catch {
      return KEY_FIGURES_DEFAULTS[name]
    }
  },
  renderHTML: (attrs: Record<string, unknown>) => ({
    [`data-${name.toLowerCase()}`]: JSON.stringify(attrs[name]),
  }),
})

/**
 * A Nøgletal block: a small table of key figures with its title, source line and chart kind, held
 * in the node's attributes, so the document stays the single source of truth for the chart in the
 * editor, in Word and in the PDF. An atom: its data is edited in the block's own grid, not as text.
 * Headless: the renderer adds the chart and the grid through NodeOverrides.
 */
export const KeyFigures = Node.create({
  name: 'keyFigures',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: true,

  addAttributes() {
    const names = Object.keys(KEY_FIGURES_DEFAULTS) as (keyof KeyFigureTable)[]
    return Object.fromEntries(names.map((n) => [n, jsonAttr(n)]))
  },

  parseHTML() {
    return [{ tag: 'figure[data-type="keyFigures"]' }]
  },

  renderHTML({ HTMLAttributes }) {
    return ['figure', mergeAttributes(HTMLAttributes, { 'data-type': 'keyFigures' })]
  },
})
