/** The word the spelling menu is open on: where it is in the document and on screen. */
export type SpellTarget = {
  from: number
  to: number
  word: string
  left: number
  top: number
  bottom: number
}

/** Between the editor's plugin (right-click, Alt+F7) and the React menu: which word, if any. */
export function createSpellMenuStore() {
  let target: SpellTarget | null = null
  const listeners = new Set<() => void>()
  const set = (next: SpellTarget | null) => {
    target = next
    listeners.forEach((l) => l())
  }
  return {
    open: (t: SpellTarget) => set(t),
    close: () => set(null),
    target: () => target,
    subscribe(listener: () => void): () => void {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
  }
}

export type SpellMenuStore = ReturnType<typeof createSpellMenuStore>
