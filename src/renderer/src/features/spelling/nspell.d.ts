// nspell ships no types, and @types/nspell pulls Node's types into the renderer; these are the few
// calls the spell engine makes (https://github.com/wooorm/nspell#api).
declare module 'nspell' {
  export type NSpell = {
    correct(word: string): boolean
    suggest(word: string): string[]
    add(word: string, model?: string): NSpell
    remove(word: string): NSpell
  }
  export default function nspell(aff: string, dic: string): NSpell
}
