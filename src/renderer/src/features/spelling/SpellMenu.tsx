import { useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react'
import type { Editor } from '@tiptap/react'
import { useTranslation } from 'react-i18next'
import { announce } from '../../components/announce'
import type { SpellClient } from './spellClient'
import type { SpellMenuStore, SpellTarget } from './spellMenuStore'
import { addPersonalWord } from './spellSettings'
import { inBackground } from '../errors/inBackground'
import './spelling.css'

type Props = {
  editor: Editor
  store: SpellMenuStore
  client: () => SpellClient
  onError: (error: unknown) => void
}

/** The menu's place: under the word, inside the window (flipped above it where there is no room). */
function place(menu: HTMLElement, t: SpellTarget): void {
  const { innerWidth: w, innerHeight: h } = window
  const box = menu.getBoundingClientRect()
  const left = Math.max(4, Math.min(t.left, w - box.width - 4))
  const below = t.bottom + 4
  const top = below + box.height <= h - 4 ? below : Math.max(4, t.top - box.height - 4)
  menu.style.left = `${left}px`
  menu.style.top = `${top}px`
}

/**
 * Suggestions for a misspelt word (right-click on it, or Alt+F7 / Shift+F10 at the caret), then
 * "Ignorér" and "Tilføj til ordbog". A WAI-ARIA menu: focus moves into it, arrows move between the
 * items, Enter chooses, Escape closes, and focus goes back to the text where it was.
 */
export function SpellMenu({ editor, store, client, onError }: Props) {
  const target = useSyncExternalStore(store.subscribe, store.target)
  return target ? (
    <OpenSpellMenu key={`${target.from}:${target.word}`} {...{ editor, store, client, onError, target }} />
  ) : null
}

function OpenSpellMenu({ editor, store, client, onError, target }: Props & { target: SpellTarget }) {
  const { t } = useTranslation('spelling')
  const menu = useRef<HTMLDivElement>(null)
  const [suggestions, setSuggestions] = useState<string[] | null>(null)

  useEffect(() => {
    let live = true
    inBackground(
      client()
        .suggest(target.word)
        .then((s) => live && setSuggestions(s)),
      'SpellMenu',
    )
    return () => void (live = false)
  }, [client, target.word])

  useLayoutEffect(() => {
    if (menu.current) place(menu.current, target)
  })

  // Focus the first choice once there are choices; until then the menu itself holds it.
  useEffect(() => {
    const el = menu.current
    if (!el) return
    if (document.activeElement === el || !el.contains(document.activeElement))
      el.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])')?.focus()
  }, [suggestions])

  useEffect(() => {
    menu.current?.focus()
    const closeOutside = (e: PointerEvent) => {
      if (!menu.current?.contains(e.target as Node)) store.close()
    }
    document.addEventListener('pointerdown', closeOutside)
    return () => document.removeEventListener('pointerdown', closeOutside)
  }, [store])

  const back = () => {
    store.close()
    editor.commands.focus()
  }
  /** The word is still where the menu was opened on (the plan may have moved on meanwhile). */
  const stillThere = () => {
    const { doc } = editor.state
    const there = target.to <= doc.content.size ? doc.textBetween(target.from, target.to) : ''
    return there.replace(/\u2019/g, "'") === target.word
  }
  const replace = (suggestion: string) => {
    if (stillThere()) {
      // insertText over the word keeps its marks (bold stays bold) and is one step of undo.
      const { view } = editor
      view.dispatch(view.state.tr.insertText(suggestion, target.from, target.to))
    }
    back()
  }
  const ignore = () => {
    client().ignore(target.word)
    announce(t('ignored', { word: target.word }))
    back()
  }
  const add = () => {
    addPersonalWord(target.word).catch(onError)
    announce(t('added', { word: target.word }))
    back()
  }

  const onKeyDown = (e: KeyboardEvent) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])].filter(
      (el) => el.getAttribute('aria-disabled') !== 'true',
    )
    const at = items.indexOf(document.activeElement as HTMLElement)
    const go = (i: number) => items[(i + items.length) % items.length]?.focus()
    if (e.key === 'ArrowDown') go(at + 1)
    else if (e.key === 'ArrowUp') go(at < 0 ? items.length - 1 : at - 1)
    else if (e.key === 'Home') go(0)
    else if (e.key === 'End') go(items.length - 1)
    else if (e.key === 'Escape') back()
    else if (e.key === 'Tab') back()
    else return
    e.preventDefault()
    e.stopPropagation()
  }

  const item = (label: string, onChoose: () => void, extra?: { lang?: string }) => (
    <button
      key={label}
      type="button"
      role="menuitem"
      tabIndex={-1}
      className="spell-menu-item"
      onClick={onChoose}
      {...extra}
    >
      {label}
    </button>
  )

  return (
    <div
      ref={menu}
      role="menu"
      tabIndex={-1}
      className="spell-menu"
      aria-label={t('menu', { word: target.word })}
      aria-busy={suggestions === null}
      onKeyDown={onKeyDown}
      style={{ left: target.left, top: target.bottom + 4 }}
    >
      {suggestions === null ? (
        <div role="menuitem" aria-disabled="true" className="spell-menu-item spell-menu-note">
          {t('loading')}
        </div>
      ) : suggestions.length === 0 ? (
        <div role="menuitem" aria-disabled="true" className="spell-menu-item spell-menu-note">
          {t('none')}
        </div>
      ) : (
        suggestions.map((s) => item(s, () => replace(s), { lang: editor.view.dom.lang || undefined }))
      )}
      <div role="separator" className="spell-menu-separator" />
      {item(t('ignore'), ignore)}
      {item(t('add'), add)}
    </div>
  )
}
