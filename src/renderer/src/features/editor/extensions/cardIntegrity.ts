import { Extension, type AnyExtension } from '@tiptap/core'
import type { ResolvedPos } from '@tiptap/pm/model'
import {
  NodeSelection,
  Plugin,
  PluginKey,
  Selection,
  TextSelection,
  type EditorState,
} from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'
import { cardAt, crossesCard, deleteAcrossCards, isObject, sliceHasCard } from './cardBoundaries'
import { uniqueInitiativeIdsPlugin } from './uniqueInitiativeIds'

type Side = -1 | 1

/** The empty cursor, when there is one and it sits at the start (-1) or end (1) of its block. */
function cursorAtEdge(state: EditorState, side: Side): ResolvedPos | null {
  const sel = state.selection
  if (!(sel instanceof TextSelection) || !sel.$cursor) return null
  const $c = sel.$cursor
  const atEdge = side < 0 ? $c.parentOffset === 0 : $c.parentOffset === $c.parent.content.size
  return atEdge ? $c : null
}

/**
 * Backspace at the start of the block after a card (or a derived block), Delete at the end of the
 * block before one: the object is selected instead of joined, as Word does with a picture or a
 * table; a second press deletes it, undoably. An empty block between goes first, so the press
 * never moves the cursor into the card's description.
 */
function selectObjectBeside(state: EditorState, dispatch: EditorView['dispatch'], side: Side): boolean {
  const $c = cursorAtEdge(state, side)
  if (!$c || $c.depth < 1) return false
  const parent = $c.node($c.depth - 1)
  const index = $c.index($c.depth - 1)
  const neighbour = side < 0 ? (index > 0 ? parent.child(index - 1) : null) : parent.maybeChild(index + 1)
  if (!isObject(neighbour)) return false
  const blockStart = $c.before()
  const blockEnd = $c.after()
  const tr = state.tr
  let objectPos = side < 0 ? blockStart - neighbour.nodeSize : blockEnd
  if ($c.parent.content.size === 0 && parent.childCount > 1) {
    tr.delete(blockStart, blockEnd)
    objectPos = tr.mapping.map(objectPos, side < 0 ? -1 : 1)
  }
  dispatch(tr.setSelection(NodeSelection.create(tr.doc, objectPos)).scrollIntoView())
  return true
}

/** A range reaching into or out of a card is deleted on each side of the card's edge. */
function deleteCrossing(state: EditorState, dispatch: EditorView['dispatch']): boolean {
  if (!crossesCard(state.selection)) return false
  dispatch(deleteAcrossCards(state).scrollIntoView())
  return true
}

/** Runs before the standard keymaps. */
const CardKeys = Extension.create({
  name: 'cardKeys',
  priority: 1000,
  addKeyboardShortcuts() {
    const { view } = this.editor
    const back = () =>
      deleteCrossing(view.state, view.dispatch) || selectObjectBeside(view.state, view.dispatch, -1)
    const forward = () =>
      deleteCrossing(view.state, view.dispatch) || selectObjectBeside(view.state, view.dispatch, 1)
    // Enter over a crossing range: the range goes the safe way, then Enter does what it always does.
    const enter = () => {
      deleteCrossing(view.state, view.dispatch)
      return false
    }
    return {
      Backspace: back,
      'Mod-Backspace': back,
      'Shift-Backspace': back,
      'Alt-Backspace': back,
      Delete: forward,
      'Mod-Delete': forward,
      'Alt-Delete': forward,
      Enter: enter,
      'Shift-Enter': enter,
      'Mod-Enter': enter,
    }
  },
})

/**
 * Runs after the standard keymaps: at the very start or end of a card's description no command
 * applies, and the browser's own deletion would then merge the description with whatever the DOM
 * has beside it; ProseMirror reads that back as a changed document (a split or copied card).
 */
const CardEdgeStop = Extension.create({
  name: 'cardEdgeStop',
  priority: 1,
  addKeyboardShortcuts() {
    const stop = (side: Side) => () => {
      const $c = cursorAtEdge(this.editor.state, side)
      return $c != null && cardAt($c) != null
    }
    return { Backspace: stop(-1), Delete: stop(1) }
  },
  addProseMirrorPlugins() {
    return [cardInputPlugin(), uniqueInitiativeIdsPlugin()]
  },
})

/** Text typed on a selected object goes into the block after it instead of replacing it. */
function typeBesideObject(view: EditorView, text: string): boolean {
  const sel = view.state.selection
  if (!(sel instanceof NodeSelection) || !isObject(sel.node)) return false
  const tr = view.state.tr
  const next = tr.doc.resolve(sel.to).nodeAfter
  if (next?.isTextblock) {
    tr.insertText(text, sel.to + 1)
    tr.setSelection(TextSelection.create(tr.doc, sel.to + 1 + text.length))
  } else {
    tr.insert(sel.to, view.state.schema.nodes.paragraph.create(null, view.state.schema.text(text)))
    tr.setSelection(TextSelection.create(tr.doc, sel.to + 1 + text.length))
  }
  view.dispatch(tr.scrollIntoView())
  return true
}

const SAFE_CUT = 'planvaerksted:safeCut'

function cardInputPlugin(): Plugin {
  let view: EditorView | null = null
  return new Plugin({
    key: new PluginKey('cardInput'),
    view(v) {
      view = v
      return { destroy: () => void (view = null) }
    },
    props: {
      handleTextInput(v, _from, _to, text) {
        if (typeBesideObject(v, text)) return true
        if (!crossesCard(v.state.selection)) return false
        const tr = deleteAcrossCards(v.state)
        v.dispatch(tr.insertText(text, tr.selection.from).scrollIntoView())
        return true
      },
      // A card pasted into a card's description goes after that card (a card cannot hold one, and
      // fitting it in would split the card in two copies); a crossing range is deleted first.
      handlePaste(v, _event, slice) {
        const state = v.state
        const crossing = crossesCard(state.selection)
        const tr = crossing ? deleteAcrossCards(state) : state.tr
        const host = sliceHasCard(slice) ? cardAt(tr.selection.$from) : null
        if (!crossing && !host) return false
        if (host) {
          const at = host.pos + host.node.nodeSize
          const steps = tr.steps.length
          tr.replaceRange(at, at, slice)
          const end = tr.mapping.slice(steps).map(at, 1)
          tr.setSelection(Selection.near(tr.doc.resolve(end), -1))
        } else tr.replaceSelection(slice)
        v.dispatch(tr.scrollIntoView().setMeta('paste', true).setMeta('uiEvent', 'paste'))
        return true
      },
    },
    // Cut deletes the selection itself (not through a key); a crossing cut is redone the safe way
    // once the clipboard has the text.
    filterTransaction(tr, state) {
      if (tr.getMeta('uiEvent') !== 'cut' || tr.getMeta(SAFE_CUT) || !crossesCard(state.selection))
        return true
      queueMicrotask(() => {
        if (view && !view.isDestroyed && crossesCard(view.state.selection))
          view.dispatch(deleteAcrossCards(view.state).setMeta('uiEvent', 'cut').setMeta(SAFE_CUT, true))
      })
      return false
    },
  })
}

/**
 * Initiative cards behave like Word objects: no key, paste or cut near a card merges text into it
 * or out of it, and no two cards ever share an id. For planExtensions() alongside the node views.
 */
export const CardIntegrity: AnyExtension[] = [CardKeys, CardEdgeStop]
