import type { CommentPlacement, ReviewComment } from '../../../shared/model/review'
import { initiativeKey } from '../planPart/originBookmarks'

type N = { type?: string; attrs?: Record<string, unknown>; content?: N[] }

/** Where the plan's initiatives (by the key their id gives) and derived blocks (in order) are now. */
export type DerivedOrigins = {
  initiatives: Map<string, { path: number[]; title: string }>
  blocks: { actionPlan: number[][]; focusMatrix: number[][] }
}

/** Text of a derived table's cell as the plan has it: soft hyphens and no-break spaces the
 * export adds (so Word breaks an amount or a long word well) do not count. */
const plain = (s: string) =>
  s
    .replace(/\u00ad/g, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()

export function derivedOrigins(doc: unknown): DerivedOrigins {
  const out: DerivedOrigins = { initiatives: new Map(), blocks: { actionPlan: [], focusMatrix: [] } }
  // An explicit stack, children pushed in reverse: document order without recursion.
  const stack: { node: N; path: number[] }[] = [{ node: doc as N, path: [] }]
  while (stack.length) {
    const { node, path } = stack.pop()!
    if (node.type === 'initiative' && typeof node.attrs?.id === 'string') {
      const title = typeof node.attrs.title === 'string' ? plain(node.attrs.title) : ''
      out.initiatives.set(initiativeKey(node.attrs.id), { path, title })
    } else if (node.type === 'actionPlan' || node.type === 'focusMatrix') out.blocks[node.type].push(path)
    const kids = node.content ?? []
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i], path: [...path, i] })
  }
  return out
}

const within = (path: number[], outer: number[]) => outer.every((v, i) => path[i] === v)
const onNode = (path: number[]): CommentPlacement => ({ path, from: 0, to: 0, match: 'derived' })

/**
 * A comment on text our export derived (planPart/originBookmarks.ts) is attached to where that
 * text came from, since the plan's own text does not hold it: an initiative's title, field table
 * or budget line to the initiative (its description is plan text, placed as usual when found
 * there), an action-plan or focus-matrix row to the initiative the row is about (by its title,
 * when exactly one has it), anything else in those tables to the block. A comment without an
 * origin, or whose initiative is gone, keeps its placement by text.
 */
export function placeDerived(
  o: DerivedOrigins,
  c: Pick<ReviewComment, 'origin'>,
  byText: CommentPlacement | null,
): CommentPlacement | null {
  const origin = c.origin
  if (!origin) return byText
  if (origin.kind === 'initiative') {
    const found = o.initiatives.get(origin.key)
    if (!found) return byText
    return byText && within(byText.path, found.path) ? byText : onNode(found.path)
  }
  const row = origin.row ? plain(origin.row) : ''
  if (row) {
    const hits = [...o.initiatives.values()].filter((i) => i.title === row)
    if (hits.length === 1) return onNode(hits[0].path)
  }
  const blocks = o.blocks[origin.kind]
  const block = blocks[Number(origin.key) - 1] ?? blocks[0]
  return block ? onNode(block) : byText
}
