import { Node, mergeAttributes } from '@tiptap/core'
import { INITIATIVE_STATUSES } from './status'
import { initiativeCommands } from './initiativeCommands'
import type { FundApplication } from './application'

export type InitiativeAttrs = {
  id: string
  title: string
  status: (typeof INITIATIVE_STATUSES)[number]
  lead: string
  group: string
  /** Months as "YYYY-MM", or '' when not yet known. */
  start: string
  end: string
  /** Whole kroner, or null when not yet known. */
  budget: number | null
  ownFundingKr: number | null
  volunteerHours: number | null
  fundingSources: string[]
  focusAreas: string[]
  /** Applications to funds for this initiative (application.ts); [] in plans written before them. */
  applications: FundApplication[]
}

export const INITIATIVE_DEFAULTS: InitiativeAttrs = {
  id: '',
  title: '',
  status: 'idea',
  lead: '',
  group: '',
  start: '',
  end: '',
  budget: null,
  ownFundingKr: null,
  volunteerHours: null,
  fundingSources: [],
  focusAreas: [],
  applications: [],
}

const jsonAttr = (name: string, fallback: unknown) => ({
  default: fallback,
  parseHTML: (el: { getAttribute(name: string): string | null }) => {
    const raw = el.getAttribute(`data-${name}`)
    if (raw == null) return fallback
    try {
      return JSON.parse(raw)
    } catch {
      return fallback
    }
  },
  renderHTML: (attrs: Record<string, unknown>) => ({ [`data-${name}`]: JSON.stringify(attrs[name]) }),
})

/**
 * An initiative (projekt / initiativ): its structured fields are node attributes, its description
 * is the node's rich-text content. Headless: the renderer adds its React card through extend().
 */
export const Initiative = Node.create({
  name: 'initiative',
  group: 'block',
  content: '(paragraph | bulletList | orderedList | blockquote)+',
  defining: true,
  isolating: true,
  draggable: true,

  addAttributes() {
    return Object.fromEntries(Object.entries(INITIATIVE_DEFAULTS).map(([k, v]) => [k, jsonAttr(k, v)]))
  },

  // Declared here, not in the renderer, so the importer and tests use the same card commands.
  addCommands() {
    return initiativeCommands
  },

  parseHTML() {
    return [{ tag: 'section[data-type="initiative"]' }]
  },

  renderHTML({ HTMLAttributes }) {
    return ['section', mergeAttributes(HTMLAttributes, { 'data-type': 'initiative' }), 0]
  },
})
