import type { Language } from '../model/settings'
import { resources, type Namespace, type Resources } from './resources'

/** "a.b.c" for every text in a namespace file. */
type Leaves<T> = {
  [K in keyof T & string]: T[K] extends string ? K : T[K] extends object ? `${K}.${Leaves<T[K]>}` : never
}[keyof T & string]

/** i18next's plural forms ("total_one", "total_other") are asked for by their stem with a count. */
type Stem<K extends string> = K extends `${infer S}_${'one' | 'other'}` ? S | K : K

/** Every text the app has, as "namespace:path", derived from the Danish files: a key that is not
 * there is a type error in main, backend, shared and (through i18next's types) the renderer. */
export type TextKey = { [N in Namespace]: `${N}:${Stem<Leaves<Resources[N]>>}` }[Namespace]

export type TextVars = Record<string, string | number>

function lookup(lang: Language, ns: string, path: string): string | undefined {
  let node: unknown = (resources[lang] as Record<string, unknown>)[ns]
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<string, unknown>)[part]
  }
  return typeof node === 'string' ? node : undefined
}

/** i18next's rule for Danish and English: exactly one is "_one", everything else "_other". */
function plural(lang: Language, ns: string, path: string, count: unknown): string | undefined {
  if (typeof count !== 'number') return undefined
  return lookup(lang, ns, `${path}_${count === 1 ? 'one' : 'other'}`)
}

/**
 * A text in the given language, with {{name}} filled in, the way i18next does it in the renderer,
 * for code that runs without i18next (the main process, the Word export, shared derivations).
 * English falls back to Danish, and a key neither has is returned as it is: never an empty label.
 */
export function t(lang: Language, key: TextKey, vars: TextVars = {}): string {
  const colon = key.indexOf(':')
  const ns = key.slice(0, colon)
  const path = key.slice(colon + 1)
  const text =
    plural(lang, ns, path, vars.count) ??
    lookup(lang, ns, path) ??
    plural('da', ns, path, vars.count) ??
    lookup('da', ns, path) ??
    key
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  )
}
