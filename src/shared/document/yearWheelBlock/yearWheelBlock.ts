import { Node, mergeAttributes } from '@tiptap/core'
import { YEAR_WHEEL_BLOCK_DEFAULTS } from './yearWheelBlockAttrs'

/**
 * "Årshjul" in the plan: a derived block like the action plan, with the wheel and year chosen in
 * its attributes. The editor draws the wheel and its list; the Word export writes the picture
 * (SVG with a PNG fallback), its text alternative and the list as a table.
 */
export const YearWheelBlock = Node.create({
  name: 'yearWheel',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: true,
  addAttributes() {
    return {
      wheelId: {
        default: YEAR_WHEEL_BLOCK_DEFAULTS.wheelId,
        parseHTML: (el) => el.getAttribute('data-wheel') ?? '',
        renderHTML: (attrs) => ({ 'data-wheel': attrs.wheelId as string }),
      },
      year: {
        default: YEAR_WHEEL_BLOCK_DEFAULTS.year,
        parseHTML: (el) => {
          const n = Number(el.getAttribute('data-year'))
          return Number.isInteger(n) && n >= 1900 && n <= 2200 ? n : null
        },
        renderHTML: (attrs) => (attrs.year == null ? {} : { 'data-year': String(attrs.year) }),
      },
    }
  },
  parseHTML() {
    return [{ tag: 'div[data-type="yearWheel"]' }]
  },
  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes(HTMLAttributes, { 'data-type': 'yearWheel' })]
  },
})
