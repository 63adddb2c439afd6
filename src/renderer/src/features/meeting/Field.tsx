import { cloneElement, useId, type ReactElement } from 'react'

/** A label tied to its control by id: a label wrapped round a select would add every option's text
 * to the control's name. */
export function Field({
  label,
  children,
  className,
}: {
  label: string
  children: ReactElement<{ id?: string }>
  className?: string
}) {
  const id = useId()
  return (
    <div className={`meeting-field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, { id })}
    </div>
  )
}
