import { diffArrays } from 'diff'
import type { DiffBlock, DiffPart, DocDiff } from '../model/versions'
import { blockAt, docBlocks, type Block } from './compareBlocks'
import { initiativeChange } from './compareInitiative'

/**
 * What changed between two plan documents, for "Sammenlign versioner": the blocks (paragraphs,
 * headings, list items, an initiative's fields) matched in order, and inside a changed block the
 * words that were added or removed. Both levels use jsdiff's Myers diff, O(ND): two words changed
 * far apart in a 300-page plan come out as two changed blocks, at any distance, with no size at
 * which it gives up. Pure, so the renderer and the backend run the same code.
 */
export function compareDocs(older: unknown, newer: unknown): DocDiff {
  const blocks: DiffBlock[] = []
  let removed: Block[] = []
  let added: Block[] = []
  const flush = () => {
    blocks.push(...pairUp(removed, added))
    removed = []
    added = []
  }
  const a = docBlocks(older)
  const b = docBlocks(newer)
  // Diffed as plain strings (=== is what makes jsdiff fast), then mapped back to the blocks by count;
  // a run of the same blocks is kept as a range of the newer side's indices, no objects made for it.
  const changes = diffArrays(a.keys, b.keys)
  type Run =
    | { kind: 'added'; blocks: Block[] }
    | { kind: 'removed'; blocks: Block[] }
    | { kind: 'same'; from: number; to: number }
  const runs: Run[] = []
  const range = (side: typeof a, from: number, to: number) => {
    const out: Block[] = []
    for (let k = from; k < to; k++) out.push(blockAt(side, k))
    return out
  }
  let i = 0
  let j = 0
  for (const change of changes) {
    const n = change.value.length
    if (change.added) runs.push({ kind: 'added', blocks: range(b, j, (j += n)) })
    else if (change.removed) runs.push({ kind: 'removed', blocks: range(a, i, (i += n)) })
    else {
      runs.push({ kind: 'same', from: j, to: j + n })
      i += n
      j += n
    }
  }
  const initiatives = (kind: 'added' | 'removed') =>
    new Map(
      runs
        .flatMap((r) => (r.kind !== 'same' && r.kind === kind ? r.blocks : []))
        .flatMap((x) => (x.initiative ? [[x.initiative.id, x] as const] : [])),
    )
  const sides = { removed: initiatives('removed'), added: initiatives('added') }
  const pairUp = (removed: Block[], added: Block[]) => pairRuns(removed, added, sides)
  for (const run of runs) {
    if (run.kind === 'added') added.push(...run.blocks)
    else if (run.kind === 'removed') removed.push(...run.blocks)
    else {
      flush()
      for (let k = run.from; k < run.to; k++)
        blocks.push({ kind: 'same', parts: [{ kind: 'same', text: b.texts[k] }] })
    }
  }
  flush()
  return { blocks, ...wordCounts(blocks) }
}

/**
 * A run of removed blocks next to a run of added ones. An initiative whose id is on both sides
 * anywhere in the plan changed (or moved): it is shown once, where it is now, with the fields that
 * differ. Text blocks pair in order (their words changed); the rest stays removed or added.
 */
function pairRuns(
  removed: Block[],
  added: Block[],
  ids: { removed: Map<string, Block>; added: Map<string, Block> },
): DiffBlock[] {
  const out: DiffBlock[] = []
  const texts = { removed: [] as Block[], added: [] as Block[] }
  for (const b of removed) {
    if (!b.initiative) texts.removed.push(b)
    else if (!ids.added.has(b.initiative.id)) out.push(initiativeChange('removed', b, null))
  }
  for (const b of added) {
    if (!b.initiative) texts.added.push(b)
    else if (!ids.removed.has(b.initiative.id)) out.push(initiativeChange('added', null, b))
    else out.push(initiativeChange('changed', ids.removed.get(b.initiative.id) ?? null, b))
  }
  const pairs = Math.min(texts.removed.length, texts.added.length)
  for (let i = 0; i < pairs; i++) out.push(changedText(texts.removed[i].text, texts.added[i].text))
  for (const b of texts.removed.slice(pairs))
    out.push({ kind: 'removed', parts: [{ kind: 'removed', text: b.text }] })
  for (const b of texts.added.slice(pairs))
    out.push({ kind: 'added', parts: [{ kind: 'added', text: b.text }] })
  return out
}

function changedText(before: string, after: string): DiffBlock {
  const parts: DiffPart[] = []
  for (const change of diffArrays(tokens(before), tokens(after))) {
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same'
    const text = change.value.join('')
    const last = parts[parts.length - 1]
    if (last && last.kind === kind) last.text += text
    else parts.push({ kind, text })
  }
  return { kind: 'changed', parts }
}

/** Words with the spaces between them as tokens of their own, so joined parts read exactly like the text. */
function tokens(text: string): string[] {
  return text.match(/\s+|[^\s]+/g) ?? []
}

function wordCounts(blocks: DiffBlock[]): { added: number; removed: number } {
  let added = 0
  let removed = 0
  const words = (text: string) => text.split(/\s+/).filter(Boolean).length
  for (const block of blocks) {
    for (const part of block.parts) {
      if (part.kind === 'added') added += words(part.text)
      if (part.kind === 'removed') removed += words(part.text)
    }
  }
  return { added, removed }
}
