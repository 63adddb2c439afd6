import { Node as PMNode } from '@tiptap/pm/model'
import { planSchema } from './extensions'

export type DocCheck = { ok: true; node: PMNode } | { ok: false; reason: string }

/** Checks a JSON document against the plan schema: every node known, every content rule kept. */
export function checkDocument(json: unknown): DocCheck {
  try {
    const node = PMNode.fromJSON(planSchema(), json)
    node.check()
    return { ok: true, node }
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : String(e) }
  }
}

export const EMPTY_DOC = { type: 'doc', content: [{ type: 'paragraph' }] } as const
