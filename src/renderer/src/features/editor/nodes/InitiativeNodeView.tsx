import { NodeView, type Editor, type NodeViewRendererProps } from '@tiptap/core'
import type { Node as PMNode } from '@tiptap/pm/model'
import type { Decoration, DecorationSource } from '@tiptap/pm/view'
import { ReactNodeViewContext } from '@tiptap/react'
import type { ComponentProps } from 'react'
import { flushSync } from 'react-dom'
import { createRoot, type Root } from 'react-dom/client'
import { isCollapsed } from './cardViewState'
import { getFocusState } from './focusState'
import { InitiativeView } from './InitiativeView'
import { buildLightCard, updateLightCard, type LightState } from './lightCard'
import { watchNearness } from './nearViewport'

/** Cards starting this close to the top of a plan being opened are live at once: the plan opens at
 * its top, so they are on the first screen, and a card there must never wait for an observer. */
const LIVE_AT_OPEN = 4000
/** A live card that has been this long away from the visible part goes light again. */
const SLEEP_AFTER_MS = 5000

type CardProps = ComponentProps<typeof InitiativeView>

const views = new Set<InitiativeNodeView>()

/** Every card on the page live now, synchronously: printing draws every card in full. */
export function wakeAllCards(): void {
  for (const view of views) view.wake(true)
}
if (typeof window !== 'undefined') window.addEventListener('beforeprint', wakeAllCards)

/** Keeps the DOM selection across moving `node` (a browser drops a selection inside moved nodes). */
function keepSelectionIn(node: Node, move: () => void): void {
  const sel = node.ownerDocument?.getSelection()
  const inside = sel && sel.rangeCount > 0 && sel.anchorNode && node.contains(sel.anchorNode)
  const saved = inside && sel.focusNode && node.contains(sel.focusNode) ? { ...pick(sel) } : null
  move()
  if (saved && sel) {
    try {
      sel.setBaseAndExtent(saved.anchorNode, saved.anchorOffset, saved.focusNode, saved.focusOffset)
    } catch {
      // The nodes went away meanwhile: ProseMirror draws the selection again on its next update.
    }
  }
}
const pick = (s: Selection) => ({
  anchorNode: s.anchorNode!,
  anchorOffset: s.anchorOffset,
  focusNode: s.focusNode!,
  focusOffset: s.focusOffset,
})

/**
 * The initiative card's node view. A plan of 195 cards drawn as 195 React cards held twice the
 * heap and two and a half times the DOM of the same text without them, and every React commit
 * walked them; so a card is live (InitiativeView, in a React root of its own) only near the visible
 * part of the plan, and otherwise light: plain DOM of the same size (lightCard.ts), no React.
 *
 * Live: a card on the first screen of a plan being opened, a card created while editing (inserted,
 * pasted, undone: the user is about to fill it in), a card coming near the screen, a card a pointer
 * presses, and every card when the plan is printed. A live card that stays far from the screen
 * for a while, with no focus in its fields, goes light again. The description (ProseMirror's
 * content) is the same element in both forms, moved with its selection kept.
 */
export class InitiativeNodeView extends NodeView<typeof InitiativeView, Editor> {
  private readonly outer: HTMLElement
  private readonly content: HTMLElement
  private light: HTMLElement | null = null
  private root: Root | null = null
  private host: HTMLElement | null = null
  private selected = false
  private destroyed = false
  private sleepTimer: ReturnType<typeof setTimeout> | null = null
  private stopWatching: (() => void) | null = null
  private readonly context = {
    onDragStart: (e: DragEvent) => this.onDragStart(e),
    nodeViewContentRef: (slot: HTMLElement | null) => this.placeContent(slot),
  }

  constructor(props: NodeViewRendererProps) {
    super(InitiativeView, props)
    this.outer = document.createElement('div')
    this.outer.className = 'node-initiative'
    this.content = document.createElement('div')
    this.content.dataset.nodeViewContentReact = ''
    this.content.style.whiteSpace = 'inherit'
    views.add(this)
    const pos = this.getPos()
    const startLive = this.editor.isInitialized || (typeof pos === 'number' && pos < LIVE_AT_OPEN)
    if (startLive) {
      this.outer.append(this.content)
      // After the transaction that made this view, outside any React commit it may be part of,
      // and before the next paint.
      queueMicrotask(() => this.wake(true))
    } else this.showLight()
    // Watched once ProseMirror has put the card into the document.
    queueMicrotask(() => {
      if (this.destroyed) return
      const scroller = this.editor.view.dom.closest('.plan-editor-scroll')
      this.stopWatching = watchNearness(this.outer, scroller, (near) => this.nearnessChanged(near))
    })
    this.outer.addEventListener('pointerdown', () => this.wake(true), { capture: true })
  }

  override get dom(): HTMLElement {
    return this.outer
  }

  override get contentDOM(): HTMLElement {
    return this.content
  }

  /** Turns the card live; `sync` draws it before returning (a pointer on it, printing). */
  wake(sync: boolean): void {
    this.cancelSleep()
    if (this.root || this.destroyed) return
    this.host = document.createElement('div')
    this.host.className = 'initiative-live'
    this.outer.append(this.host)
    this.root = createRoot(this.host)
    this.render(sync)
  }

  private render(sync: boolean): void {
    const root = this.root
    if (!root) return
    const draw = () =>
      root.render(
        <ReactNodeViewContext.Provider value={this.context}>
          <InitiativeView {...this.props()} />
        </ReactNodeViewContext.Provider>,
      )
    if (sync) flushSync(draw)
    else draw()
  }

  private props(): CardProps {
    return {
      node: this.node,
      editor: this.editor,
      selected: this.selected,
      getPos: this.getPos,
      updateAttributes: this.setAttrs,
    }
  }

  /** A field's edit: the card is drawn again at once, so the field React controls shows what was
   * typed (drawn later, React would put the old value back first and move the caret). */
  private readonly setAttrs = (attrs: Record<string, unknown>) => {
    this.pendingSync = true
    try {
      this.updateAttributes(attrs)
    } finally {
      this.pendingSync = false
    }
  }
  private pendingSync = false

  /** React placed the live card's description slot: the content moves in, the light copy goes. */
  private placeContent(slot: HTMLElement | null): void {
    if (!slot || slot.firstChild === this.content) return
    keepSelectionIn(this.content, () => slot.append(this.content))
    this.light?.remove()
    this.light = null
  }

  private lightState(): LightState {
    const id = typeof this.node.attrs.id === 'string' ? this.node.attrs.id : ''
    return {
      collapsed: isCollapsed(this.editor, id),
      highlight: getFocusState(this.editor).highlight,
      selected: this.selected,
    }
  }

  private showLight(): void {
    const { card, slot } = buildLightCard(this.node, this.lightState())
    keepSelectionIn(this.content, () => slot.append(this.content))
    this.light = card
    this.outer.prepend(card)
  }

  private nearnessChanged(near: boolean): void {
    if (near) this.wake(false)
    else if (this.root && !this.sleepTimer)
      this.sleepTimer = setTimeout(() => {
        this.sleepTimer = null
        this.sleep()
      }, SLEEP_AFTER_MS)
  }

  private cancelSleep(): void {
    if (this.sleepTimer) clearTimeout(this.sleepTimer)
    this.sleepTimer = null
  }

  /** Back to the light form, unless the user is in one of its fields or its menu. */
  private sleep(): void {
    if (!this.root || this.destroyed) return
    const active = document.activeElement
    if (active && this.outer.contains(active) && !this.content.contains(active)) return
    this.showLight()
    const root = this.root
    this.root = null
    root.unmount()
    this.host?.remove()
    this.host = null
  }

  update(node: PMNode, decorations: readonly Decoration[], inner: DecorationSource): boolean {
    if (node.type !== this.node.type) return false
    // Text typed in the description makes a new node with the same attributes: nothing to draw.
    const changed = node.attrs !== this.node.attrs
    this.node = node
    this.decorations = decorations as typeof this.decorations
    this.innerDecorations = inner
    if (this.root) {
      if (changed) this.render(this.pendingSync)
    } else if (this.light) updateLightCard(this.light, node, this.lightState())
    return true
  }

  selectNode(): void {
    this.setSelected(true)
  }

  deselectNode(): void {
    this.setSelected(false)
  }

  private setSelected(selected: boolean): void {
    this.selected = selected
    if (this.root) this.render(false)
    else if (this.light) updateLightCard(this.light, this.node, this.lightState())
  }

  destroy(): void {
    this.destroyed = true
    views.delete(this)
    this.cancelSleep()
    this.stopWatching?.()
    const root = this.root
    this.root = null
    // Not during the commit or transaction that removed the card: React unmounts a root only
    // outside its own rendering.
    if (root) queueMicrotask(() => root.unmount())
  }
}
