/**
 * The shipped word list (domainWords.txt) as the engine takes it: its entries, without the
 * comments and empty lines. The list is a text file so that it reads as what it is, words, and can
 * be added to without touching code.
 */
export function parseWordList(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
}
