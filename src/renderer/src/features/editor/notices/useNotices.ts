import { useCallback, useRef, useState } from 'react'
import type { NoticeKind } from '../editorBus'

export type Notice = { id: number; kind: NoticeKind; text: string }

/** Short messages about what just happened (a refused paste, an image that was too large). They
 * stay until dismissed or replaced, so a slow reader is not rushed. */
export function useNotices() {
  const [notices, setNotices] = useState<Notice[]>([])
  const next = useRef(1)
  const push = useCallback((kind: NoticeKind, text: string) => {
    setNotices((list) => [
      ...list.filter((n) => n.text !== text).slice(-2),
      { id: next.current++, kind, text },
    ])
  }, [])
  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((n) => n.id !== id)), [])
  return { notices, push, dismiss }
}
