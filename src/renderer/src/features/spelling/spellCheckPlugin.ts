import { Extension } from '@tiptap/core'
import type { Node as PMNode } from '@tiptap/pm/model'
import { Plugin, PluginKey, TextSelection, type EditorState } from '@tiptap/pm/state'
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view'
import type { FoundWord } from './findWords'
import { blockWords } from './blockWords'
import { changedRanges, cutRanges, joinRanges, mapRanges, type Range } from './ranges'
import type { SpellClient } from './spellClient'
import type { SpellMenuStore } from './spellMenuStore'

/**
 * dirty: blocks to look at; waiting: blocks looked at whose words the worker has not answered yet
 * (looked at again when it has); held: the misspelt word the caret is in, not marked until the
 * caret leaves it (a word being typed is not an error yet).
 */
type SpellState = {
  on: boolean
  decorations: DecorationSet
  dirty: Range[]
  waiting: Range[]
  held: Range | null
}

type Checked = {
  cleared: Range[]
  decided: Range[]
  waiting: Range[]
  marks: Decoration[]
  held: Range | null
}
type Meta =
  { type: 'switch'; on: boolean } | { type: 'recheck' } | { type: 'retry' } | ({ type: 'checked' } & Checked)

export const spellKey = new PluginKey<SpellState>('spelling')

/** Looked at after the typing pauses this long, and at least this often while it goes on. */
const PAUSE_MS = 250
const MAX_WAIT_MS = 1000
/** The most one turn on the main thread may take: a plan's first check is cut into turns. */
const SLICE_MS = 6

const whole = (doc: PMNode): Range[] => [{ from: 0, to: doc.content.size }]

// A wavy underline (spelling.css), and the error said to screen readers, not shown by colour alone.
const MARK = { class: 'spelling-error', 'aria-invalid': 'spelling' }

export type SpellCheckOptions = {
  client: () => SpellClient
  enabled: () => boolean
  /** Spelling switched on or off in settings while the plan is open. */
  onEnabledChange: (listener: () => void) => () => void
  menu: SpellMenuStore
}

/** Looks at dirty blocks until the slice is spent; what it decided, as one metadata transaction. */
function checkSome(state: EditorState, client: SpellClient): Checked | null {
  const st = spellKey.getState(state)
  if (!st?.on || st.dirty.length === 0) return null
  const deadline = performance.now() + SLICE_MS
  const caret = state.selection.empty ? state.selection.head : -1
  const out: Checked = { cleared: [], decided: [], waiting: [], marks: [], held: null }
  const unknown = new Set<string>()
  const size = state.doc.content.size
  let seen = -1
  let stopped = false
  for (const r of st.dirty) {
    const from = Math.max(0, Math.min(r.from, size))
    const to = Math.max(from, Math.min(r.to, size))
    state.doc.nodesBetween(from, to, (node, pos) => {
      if (stopped) return false
      if (!node.isTextblock) return true
      const block = { from: pos, to: pos + node.nodeSize }
      if (block.from < seen) return false
      seen = block.to
      const words = blockWords(node, pos + 1)
      const missing = words.filter((w) => client.verdict(w.word) === undefined)
      if (missing.length > 0) {
        missing.forEach((w) => unknown.add(w.word))
        out.waiting.push(block)
      } else {
        out.decided.push(block)
        for (const w of words) {
          if (client.verdict(w.word) !== false) continue
          if (caret >= w.from && caret <= w.to) out.held = { from: w.from, to: w.to }
          else out.marks.push(Decoration.inline(w.from, w.to, MARK, { word: w.word }))
        }
      }
      if (performance.now() > deadline) stopped = true
      return false
    })
    out.cleared.push({ from: r.from, to: stopped ? Math.max(r.from, seen) : r.to })
    if (stopped) break
  }
  if (unknown.size > 0) client.request(unknown)
  return out
}

function applyMeta(st: SpellState, meta: Meta, doc: PMNode): SpellState {
  if (meta.type === 'switch')
    return {
      on: meta.on,
      decorations: DecorationSet.empty,
      dirty: meta.on ? whole(doc) : [],
      waiting: [],
      held: null,
    }
  if (!st.on) return st
  if (meta.type === 'recheck') return { ...st, dirty: whole(doc), waiting: [] }
  if (meta.type === 'retry') return { ...st, dirty: joinRanges(st.dirty, st.waiting), waiting: [] }
  let decorations = st.decorations
  for (const b of meta.decided) decorations = decorations.remove(decorations.find(b.from, b.to))
  decorations = decorations.add(doc, meta.marks)
  const heldStays = st.held && !meta.decided.some((b) => st.held!.from >= b.from && st.held!.to <= b.to)
  return {
    on: true,
    decorations,
    dirty: cutRanges(st.dirty, meta.cleared),
    waiting: joinRanges(st.waiting, meta.waiting),
    held: meta.held ?? (heldStays ? st.held : null),
  }
}

/** The misspelt word at `pos`, from the verdicts (the word at the caret counts, marked or not). */
export function misspeltWordAt(state: EditorState, pos: number, client: SpellClient): FoundWord | null {
  const $pos = state.doc.resolve(pos)
  const block = $pos.parent
  if (!block.isTextblock) return null
  const words = blockWords(block, $pos.start())
  return words.find((w) => w.from <= pos && pos <= w.to && client.verdict(w.word) === false) ?? null
}

/** The first marked word after `pos`, else the first in the plan (Word's Alt+F7 goes round). */
function nextMarked(state: EditorState, pos: number): FoundWord | null {
  const set = spellKey.getState(state)?.decorations
  if (!set) return null
  const after = set.find(pos, state.doc.content.size).filter((d) => d.from >= pos)
  const d = after[0] ?? set.find(0, pos)[0]
  return d ? { from: d.from, to: d.to, word: (d.spec as { word: string }).word } : null
}

function openMenuAt(view: EditorView, word: FoundWord, menu: SpellMenuStore, at?: { x: number; y: number }) {
  const start = view.coordsAtPos(word.from)
  const box = at ? { left: at.x, top: at.y, bottom: at.y } : start
  menu.open({ from: word.from, to: word.to, word: word.word.replace(/\.$/, ''), ...box })
}

/**
 * Marks misspelt words in the plan's text with decorations (never in the document, so neither the
 * saved plan nor the Word export carries them). After a change only the blocks it touched are
 * looked at again; the words are answered by the worker (spellClient) and remembered, and the
 * looking is done in short slices after the typing pauses, so a keystroke never waits for it.
 * Right-click on a marked word, Alt+F7 (as in Word) or Shift+F10 (Windows' key for a context menu)
 * opens the suggestions menu. Not Ctrl+.: that is superscript, as in the toolbar.
 */
export function spellCheck(options: SpellCheckOptions) {
  return Extension.create({
    name: 'spellCheck',
    addProseMirrorPlugins() {
      const editor = this.editor
      const on = () => options.enabled() && editor.isEditable
      const openFromKeys = (view: EditorView): boolean => {
        if (!on()) return false
        const { state } = view
        const here = misspeltWordAt(state, state.selection.head, options.client())
        const word = here ?? nextMarked(state, state.selection.to)
        if (!word) return false
        if (!here) {
          view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, word.to)).scrollIntoView())
        }
        openMenuAt(view, word, options.menu)
        return true
      }
      return [
        new Plugin<SpellState>({
          key: spellKey,
          state: {
            init: (_config, state) => ({
              on: on(),
              decorations: DecorationSet.empty,
              dirty: on() ? whole(state.doc) : [],
              waiting: [],
              held: null,
            }),
            apply(tr, prev, _old, next) {
              let st = prev
              if (tr.docChanged) {
                st = {
                  ...st,
                  decorations: st.decorations.map(tr.mapping, tr.doc),
                  dirty: st.on ? joinRanges(mapRanges(st.dirty, tr.mapping), changedRanges(tr)) : [],
                  waiting: mapRanges(st.waiting, tr.mapping),
                  held: st.held && {
                    from: tr.mapping.map(st.held.from, -1),
                    to: tr.mapping.map(st.held.to, 1),
                  },
                }
              }
              const meta = tr.getMeta(spellKey) as Meta | undefined
              if (meta) st = applyMeta(st, meta, tr.doc)
              // The caret left the word it was in: that word may be marked now.
              const held = st.held
              if (held && tr.selectionSet && !tr.docChanged) {
                const head = next.selection.head
                if (head < held.from || head > held.to)
                  st = { ...st, held: null, dirty: joinRanges(st.dirty, [held]) }
              }
              return st
            },
          },
          props: {
            decorations: (state) => spellKey.getState(state)?.decorations,
            attributes: (state): Record<string, string> => {
              const st = spellKey.getState(state)
              if (!st?.on) return { 'data-spelling': 'off' }
              if (options.client().status() === 'unavailable') return { 'data-spelling': 'unavailable' }
              const busy = st.dirty.length > 0 || st.waiting.length > 0
              return { 'data-spelling': busy ? 'checking' : 'checked' }
            },
            handleKeyDown(view, event) {
              const shortcut =
                (event.altKey && event.key === 'F7') ||
                (event.shiftKey && !event.ctrlKey && !event.metaKey && !event.altKey && event.key === 'F10')
              if (!shortcut) return false
              return openFromKeys(view)
            },
            handleDOMEvents: {
              contextmenu(view, event) {
                if (!on()) return false
                const at = view.posAtCoords({ left: event.clientX, top: event.clientY })
                const pos = at?.pos ?? view.state.selection.head
                const word = misspeltWordAt(view.state, pos, options.client())
                if (!word) return false
                event.preventDefault()
                openMenuAt(view, word, options.menu, { x: event.clientX, y: event.clientY })
                return true
              },
            },
          },
          view(view) {
            let timer: ReturnType<typeof setTimeout> | null = null
            let firstAsk = 0
            const run = () => {
              timer = null
              if (view.isDestroyed) return
              if (view.composing) return schedule(PAUSE_MS)
              const checked = checkSome(view.state, options.client())
              if (checked) view.dispatch(view.state.tr.setMeta(spellKey, { type: 'checked', ...checked }))
            }
            const schedule = (delay: number) => {
              const now = Date.now()
              if (timer !== null) {
                // A slice is due anyway; typing moves it later, but never past the longest wait.
                if (delay === 0 || now - firstAsk >= MAX_WAIT_MS) return
                clearTimeout(timer)
              } else firstAsk = now
              timer = setTimeout(run, Math.max(0, Math.min(delay, MAX_WAIT_MS - (now - firstAsk))))
            }
            const meta = (m: Meta) => {
              if (!view.isDestroyed) view.dispatch(view.state.tr.setMeta(spellKey, m))
            }
            const unsubscribe: (() => void)[] = []
            let listening = false
            const listen = () => {
              if (listening || !on()) return
              listening = true
              const client = options.client()
              unsubscribe.push(
                client.onLearned(() => meta({ type: 'retry' })),
                client.onReset(() => meta({ type: 'recheck' })),
                // The status shows in data-spelling; a new one is drawn with the next state.
                client.onStatus(() => meta({ type: 'retry' })),
              )
            }
            listen()
            unsubscribe.push(
              options.onEnabledChange(() => {
                if (on() === spellKey.getState(view.state)?.on) return
                listen()
                meta({ type: 'switch', on: on() })
              }),
            )
            if (spellKey.getState(view.state)?.dirty.length) schedule(0)
            return {
              update(v, prevState) {
                const st = spellKey.getState(v.state)
                if (!st?.on || st.dirty.length === 0) return
                schedule(v.state.doc === prevState.doc ? 0 : PAUSE_MS)
              },
              destroy() {
                if (timer !== null) clearTimeout(timer)
                unsubscribe.forEach((off) => off())
              },
            }
          },
        }),
      ]
    },
  })
}
