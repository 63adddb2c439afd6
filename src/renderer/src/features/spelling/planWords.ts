import type { PlanMeta } from '../../../../shared/model/plan'
import { findWords } from './findWords'

/** The plan's own names (its villages, the council, the municipality), word by word: "Nørre Snede
 * Lokalråd" makes Nørre, Snede and Lokalråd correct in this plan. */
export function planWords(meta: Pick<PlanMeta, 'villages' | 'council' | 'municipality'>): string[] {
  const names = [...meta.villages, meta.council, meta.municipality]
  const words = names.flatMap((n) => findWords(n).map((w) => w.word.replace(/\.$/, '')))
  // "Vester-Nebel" counts whole, and so do "Vester" and "Nebel" on their own.
  return [...new Set(words.flatMap((w) => [w, ...(w.includes('-') ? w.split('-') : [])]))].filter(Boolean)
}
