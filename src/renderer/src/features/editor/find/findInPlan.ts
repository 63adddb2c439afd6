import { Extension } from '@tiptap/core'
import { Plugin, PluginKey, TextSelection, type EditorState } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import { findMatches, type Match } from './findMatches'

type FindState = { query: string; matches: Match[]; current: number; decorations: DecorationSet }
type FindMeta = { query?: string; current?: number }

export const findKey = new PluginKey<FindState>('findInPlan')

function decorate(state: EditorState, matches: Match[], current: number): DecorationSet {
  return DecorationSet.create(
    state.doc,
    matches.map((m, i) =>
      Decoration.inline(m.from, m.to, {
        class: i === current ? 'find-match find-match-current' : 'find-match',
      }),
    ),
  )
}

function build(state: EditorState, query: string, current: number): FindState {
  const matches = findMatches(state.doc, query)
  const cur = matches.length && current >= 0 ? Math.min(current, matches.length - 1) : -1
  return { query, matches, current: cur, decorations: decorate(state, matches, cur) }
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    findInPlan: {
      setFindQuery: (query: string) => ReturnType
      findStep: (direction: 1 | -1) => ReturnType
    }
  }
}

/** Find in plan: highlights every match with decorations (the document itself is never touched). */
export const FindInPlan = Extension.create({
  name: 'findInPlan',
  addCommands() {
    return {
      setFindQuery:
        (query) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(findKey, { query, current: -1 } satisfies FindMeta)
          return true
        },
      findStep:
        (direction) =>
        ({ state, tr, dispatch }) => {
          const f = findKey.getState(state)
          if (!f || !f.matches.length) return false
          const from = f.current < 0 && direction < 0 ? 0 : f.current
          const current = (from + direction + f.matches.length) % f.matches.length
          const m = f.matches[current]
          if (dispatch) {
            tr.setMeta(findKey, { current } satisfies FindMeta)
            tr.setSelection(TextSelection.create(tr.doc, m.from, m.to)).scrollIntoView()
          }
          return true
        },
    }
  },
  addProseMirrorPlugins() {
    return [
      new Plugin<FindState>({
        key: findKey,
        state: {
          init: () => ({ query: '', matches: [], current: -1, decorations: DecorationSet.empty }),
          apply(tr, prev, _old, state) {
            const meta = tr.getMeta(findKey) as FindMeta | undefined
            if (meta?.query !== undefined) return build(state, meta.query, meta.current ?? -1)
            if (!prev.query) return prev
            if (tr.docChanged) return build(state, prev.query, prev.current)
            if (meta?.current !== undefined) {
              return {
                ...prev,
                current: meta.current,
                decorations: decorate(state, prev.matches, meta.current),
              }
            }
            return prev
          },
        },
        props: { decorations: (state) => findKey.getState(state)?.decorations },
      }),
    ]
  },
})
