import type { Node as PMNode } from '@tiptap/pm/model'
import { findWords, type FoundWord } from './findWords'

/**
 * The words the user wrote in one textblock, at document positions (`start` is where the block's
 * content begins). Text in a link is not theirs to spell (an address, a name as published), and
 * anything that is not text (a line break, a picture) ends a word. Prompts never reach here: they
 * are attributes of an empty paragraph, shown by CSS, not text of the document.
 */
export function blockWords(block: PMNode, start: number): FoundWord[] {
  const out: FoundWord[] = []
  let run = ''
  let runStart = -1
  const flush = () => {
    for (const w of findWords(run)) out.push({ from: runStart + w.from, to: runStart + w.to, word: w.word })
    run = ''
    runStart = -1
  }
  block.forEach((child, offset) => {
    if (child.isText && !child.marks.some((m) => m.type.name === 'link')) {
      if (runStart < 0) runStart = start + offset
      run += child.text ?? ''
    } else flush()
  })
  flush()
  return out
}
