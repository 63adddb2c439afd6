import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'

export type CardAction = 'up' | 'down' | 'delete'

type Props = {
  title: string
  /** Asked when the menu opens: the card's neighbours change without the card re-rendering. */
  movable: () => { up: boolean; down: boolean }
  onAction: (action: CardAction) => void
  /** The menu has focus: the card it acts on shows as selected (focus moving in moved the text caret). */
  onOpen: () => void
}

/**
 * The card's handle: a button in its header that opens Flyt op / Flyt ned / Slet. A menu button in
 * the WAI-ARIA pattern: arrows move between the items, Escape closes and gives focus back.
 */
export function CardMenu({ title, movable, onAction, onOpen }: Props) {
  const { t } = useTranslation('cards')
  const [open, setOpen] = useState(false)
  const menuId = useId()
  const button = useRef<HTMLButtonElement>(null)
  const menu = useRef<HTMLDivElement>(null)
  const can = open ? movable() : { up: false, down: false }
  const items: { action: CardAction; label: string; enabled: boolean }[] = [
    { action: 'up', label: t('menu.up'), enabled: can.up },
    { action: 'down', label: t('menu.down'), enabled: can.down },
    { action: 'delete', label: t('menu.delete'), enabled: true },
  ]

  useEffect(() => {
    if (!open) return
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])')?.focus()
    onOpen()
    const closeOutside = (e: PointerEvent) => {
      const inside = menu.current?.contains(e.target as Node) || button.current?.contains(e.target as Node)
      if (!inside) setOpen(false)
    }
    document.addEventListener('pointerdown', closeOutside)
    return () => document.removeEventListener('pointerdown', closeOutside)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per opening, not per render
  }, [open])

  const close = () => {
    setOpen(false)
    button.current?.focus()
  }
  const onMenuKey = (e: KeyboardEvent) => {
    const all = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])]
    const at = all.indexOf(document.activeElement as HTMLElement)
    const go = (i: number) => all[(i + all.length) % all.length]?.focus()
    if (e.key === 'ArrowDown') go(at + 1)
    else if (e.key === 'ArrowUp') go(at - 1)
    else if (e.key === 'Home') go(0)
    else if (e.key === 'End') go(all.length - 1)
    else if (e.key === 'Escape') close()
    else if (e.key === 'Tab') setOpen(false)
    else return
    if (e.key !== 'Tab') e.preventDefault()
    // Keys stay with the menu: the editor around the card must not act on them too.
    e.stopPropagation()
  }
  const choose = (action: CardAction, enabled: boolean) => {
    if (!enabled) return
    setOpen(false)
    onAction(action)
  }

  return (
    <span className="card-menu">
      <button
        ref={button}
        type="button"
        className="card-handle"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={t('menu.button', { title: title || t('untitled') })}
        title={t('menu.tooltip')}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault()
            setOpen(true)
          }
        }}
      >
        <span aria-hidden="true">⋮</span>
      </button>
      {open && (
        <div ref={menu} id={menuId} role="menu" className="card-menu-list" onKeyDown={onMenuKey}>
          {items.map((it) => (
            <button
              key={it.action}
              type="button"
              role="menuitem"
              tabIndex={-1}
              aria-disabled={!it.enabled || undefined}
              className={it.action === 'delete' ? 'card-menu-item card-menu-danger' : 'card-menu-item'}
              onClick={() => choose(it.action, it.enabled)}
            >
              {it.label}
            </button>
          ))}
        </div>
      )}
    </span>
  )
}
