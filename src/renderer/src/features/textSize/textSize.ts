import { useSyncExternalStore } from 'react'
import { TEXT_SIZES, type TextSize } from '../../../../shared/model/settings'
import { api } from '../../api/client'

/**
 * The plan text's size (Ctrl+plus / Ctrl+minus / Ctrl+0, and Indstillinger). One value for the
 * whole app, kept in settings so it survives a restart; the editor reads it as the CSS variable
 * --plan-text-scale, so changing it never touches the document or its undo history.
 */
let current: TextSize = 100
const listeners = new Set<() => void>()

function apply(size: TextSize): void {
  current = size
  document.documentElement.style.setProperty('--plan-text-scale', String(size / 100))
  listeners.forEach((l) => l())
}

/** At start-up, from the stored settings. */
export const initTextSize = (size: TextSize): void => apply(size)

/** Sets and remembers the size; a failed save keeps it for this session only. */
export async function setTextSize(size: TextSize): Promise<void> {
  apply(size)
  await api['settings.set']({ textSize: size })
}

/** One step bigger (+1), smaller (-1), or back to 100 % (0). */
export function stepTextSize(direction: 1 | -1 | 0): Promise<void> {
  if (direction === 0) return setTextSize(100)
  const i = TEXT_SIZES.indexOf(current as (typeof TEXT_SIZES)[number])
  const next = TEXT_SIZES[Math.max(0, Math.min(TEXT_SIZES.length - 1, i + direction))]
  return setTextSize(next)
}

/** Ctrl+plus (also Ctrl+= where plus needs Shift), Ctrl+minus, Ctrl+0: the step asked for, if any. */
export function textSizeKey(e: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }) {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null
  if (e.key === '+' || e.key === '=') return 1
  if (e.key === '-') return -1
  if (e.key === '0') return 0
  return null
}

export function useTextSize(): TextSize {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l)
      return () => void listeners.delete(l)
    },
    () => current,
  )
}
