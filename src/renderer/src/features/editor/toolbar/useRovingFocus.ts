import { useCallback, useLayoutEffect, useRef, type KeyboardEvent, type RefObject } from 'react'

const ITEMS = 'button:not([disabled]), select, input'

/** WAI-ARIA toolbar pattern: Tab enters the toolbar once, the arrow keys move inside it. */
export function useRovingFocus(ref: RefObject<HTMLElement | null>) {
  const current = useRef(0)

  const items = useCallback(() => Array.from(ref.current?.querySelectorAll<HTMLElement>(ITEMS) ?? []), [ref])

  const sync = useCallback(() => {
    const list = items()
    if (current.current >= list.length) current.current = 0
    list.forEach((el, i) => (el.tabIndex = i === current.current ? 0 : -1))
  }, [items])

  // Buttons come and go (the table group); after every render exactly one item stays tabbable.
  useLayoutEffect(() => sync())

  const onFocus = useCallback(
    (e: React.FocusEvent) => {
      const i = items().indexOf(e.target as HTMLElement)
      if (i >= 0 && i !== current.current) {
        current.current = i
        sync()
      }
    },
    [items, sync],
  )

  const onKeyDown = useCallback(
    (e: KeyboardEvent) => {
      const list = items()
      if (
        !list.length ||
        ((e.target as HTMLElement).tagName === 'SELECT' && (e.key === 'ArrowUp' || e.key === 'ArrowDown'))
      )
        return
      const moves: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, Home: -Infinity, End: Infinity }
      if (!(e.key in moves)) return
      e.preventDefault()
      const step = moves[e.key]
      const i =
        step === -Infinity
          ? 0
          : step === Infinity
            ? list.length - 1
            : (current.current + step + list.length) % list.length
      current.current = i
      sync()
      list[i].focus()
    },
    [items, sync],
  )

  return { onFocus, onKeyDown }
}
