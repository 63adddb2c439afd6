import { Extension } from '@tiptap/core'

/** Lets a heading be tagged with focus areas, so a whole section can serve a focus area. */
export const FocusTag = Extension.create({
  name: 'focusTag',
  addGlobalAttributes() {
    return [
      {
        types: ['heading'],
        attributes: {
          focusAreas: {
            default: [],
            parseHTML: (el: { getAttribute(name: string): string | null }) => {
              try {
                const v = JSON.parse(el.getAttribute('data-focus-areas') ?? '[]')
                return Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []
              } catch {
                return []
              }
            },
            renderHTML: (attrs: Record<string, unknown>) =>
              Array.isArray(attrs.focusAreas) && attrs.focusAreas.length
                ? { 'data-focus-areas': JSON.stringify(attrs.focusAreas) }
                : {},
          },
        },
      },
    ]
  },
})
