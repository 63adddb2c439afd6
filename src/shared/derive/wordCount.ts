import { asNode, textOf } from './docWalk'

/** Counts words up to `stopAt` without building an array of them (a big paste stays cheap). */
export function countWords(text: string, stopAt = Infinity): number {
  let n = 0
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 160
    if (!space && !inWord && ++n >= stopAt) return n
    inWord = !space
  }
  return n
}

/** Words in a plan document's running text (not the initiative cards' fields), from its JSON;
 * 0 for anything that is not a document. */
export function wordsInDoc(doc: unknown): number {
  const node = asNode(doc)
  return node ? countWords(textOf(node)) : 0
}
