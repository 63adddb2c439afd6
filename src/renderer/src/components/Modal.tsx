import { useEffect, useId, useLayoutEffect, useRef, type ReactNode } from 'react'
import './modal.css'

type Props = {
  title: string
  open: boolean
  onClose: () => void
  children: ReactNode
  footer?: ReactNode
}

/** A modal on the native <dialog>: the browser gives focus trapping, Escape and the top layer,
 * which a screen reader announces as a dialog with its title. */
export function Modal({ title, open, onClose, children, footer }: Props) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  useEffect(() => {
    const d = ref.current
    if (!d) return
    if (open && !d.open) d.showModal()
    if (!open && d.open) d.close()
  }, [open])
  // A modal shown only while it is needed is unmounted open: close it before it leaves the page,
  // so the browser gives focus back to what opened it (a removed open dialog leaves it on <body>).
  useLayoutEffect(() => {
    const d = ref.current
    return () => {
      if (d?.open) d.close()
    }
  }, [])
  return (
    <dialog
      ref={ref}
      className="modal"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault()
        onClose()
      }}
    >
      {open && (
        <>
          <h2 id={titleId} className="modal-title">
            {title}
          </h2>
          <div className="modal-body">{children}</div>
          {footer && <div className="modal-footer">{footer}</div>}
        </>
      )}
    </dialog>
  )
}
