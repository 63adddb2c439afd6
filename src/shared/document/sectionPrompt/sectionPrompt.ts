import { Extension } from '@tiptap/core'

/**
 * A template's guiding prompt for a section ("Skriv her hvem planen er lavet af ..."). It rides on
 * the empty paragraph under the section heading; the editor shows it as placeholder text until the
 * user types. It is guidance, not content: the export never prints it.
 */
export const SectionPrompt = Extension.create({
  name: 'sectionPrompt',
  addGlobalAttributes() {
    return [
      {
        types: ['paragraph'],
        attributes: {
          prompt: {
            default: null,
            parseHTML: () => null,
            renderHTML: () => ({}),
          },
        },
      },
    ]
  },
})
