import type { Node as PMNode } from '@tiptap/pm/model'
import { normaliseInitiativeAttrs } from '../../../../../shared/derive/initiatives'
import { formatKr } from '../../../../../shared/derive/format'
import { i18next } from '../../../i18n'

/** What the light card shows besides the node: read from the editor's plugins when it is drawn. */
export type LightState = { collapsed: boolean; highlight: string | null; selected: boolean }

let lastId = 0

const el = (tag: string, className: string, text?: string): HTMLElement => {
  const e = document.createElement(tag)
  e.className = className
  if (text !== undefined) e.textContent = text
  return e
}
const inert = (e: HTMLElement) => {
  e.contentEditable = 'false'
  e.setAttribute('aria-hidden', 'true')
  return e
}

/**
 * The light form of an initiative card, plain DOM: the card as InitiativeView draws it (frame,
 * kind, title, the description where the text goes) with the fields' space kept empty at the live
 * card's height, so the text around it does not move when it turns live. No React, no inputs: a
 * plan of 195 cards holds 195 of these, and only the few near the screen are live.
 * Returns the card and the element the description's content goes into.
 */
export function buildLightCard(node: PMNode, state: LightState): { card: HTMLElement; slot: HTMLElement } {
  const t = i18next.getFixedT(null, 'focus')
  const card = el('div', 'initiative-card')
  const titleId = `initiative-light-${++lastId}`
  card.setAttribute('role', 'group')
  card.setAttribute('aria-labelledby', titleId)
  const head = el('div', 'initiative-head')
  head.contentEditable = 'false'
  const kind = el('span', 'initiative-kind', t('initiative.kind'))
  kind.setAttribute('aria-hidden', 'true')
  kind.dataset.dragHandle = 'true'
  const title = el('span', 'initiative-title initiative-title-light')
  title.id = titleId
  head.append(kind, title)
  const slot = el('div', 'initiative-description')
  slot.dataset.nodeViewContent = ''
  slot.style.whiteSpace = 'pre-wrap'
  card.append(
    head,
    inert(el('div', 'initiative-description-label', t('initiative.description'))),
    slot,
    inert(el('div', 'initiative-fields-light')),
    inert(el('div', 'initiative-focus-light')),
  )
  updateLightCard(card, node, state)
  return { card, slot }
}

/** Brings a light card up to date with its node and the editor's view state. */
export function updateLightCard(card: HTMLElement, node: PMNode, state: LightState): void {
  const attrs = normaliseInitiativeAttrs(node.attrs)
  const title = card.querySelector<HTMLElement>('.initiative-title-light')
  const raw = typeof node.attrs.title === 'string' ? node.attrs.title : ''
  if (title && title.textContent !== raw) title.textContent = raw
  card.dataset.status = attrs.status
  card.classList.toggle('initiative-card-selected', state.selected)
  setData(card, 'highlight', !!state.highlight && attrs.focusAreas.includes(state.highlight))
  setData(card, 'collapsed', state.collapsed)
  const head = card.querySelector('.initiative-head')
  let budget = head?.querySelector('.initiative-budget-line')
  if (state.collapsed && head) {
    budget ??= head.appendChild(el('span', 'initiative-budget-line'))
    const lang = i18next.language === 'en' ? 'en' : 'da'
    budget.textContent = attrs.budget == null ? i18next.t('cards:noBudget') : formatKr(attrs.budget, lang)
  } else budget?.remove()
}

function setData(card: HTMLElement, key: string, on: boolean) {
  if (on) card.dataset[key] = 'true'
  else delete card.dataset[key]
}
