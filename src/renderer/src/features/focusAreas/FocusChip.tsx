import type { ReactNode } from 'react'
import type { FocusArea } from '../../../../shared/model/catalogue'
import './focusAreas.css'

/** A focus area as a chip: coloured mark plus number and title, so colour is never the only cue. */
export function FocusChip({ area, children }: { area: FocusArea; children?: ReactNode }) {
  return (
    <span className="focus-chip" style={{ ['--chip' as string]: area.colour }}>
      <span className="focus-chip-mark" aria-hidden="true" />
      <span className="focus-chip-text">
        {area.number != null && <span className="focus-chip-number">{area.number}.</span>} {area.title}
      </span>
      {children}
    </span>
  )
}

/** A focus-area id the plan's catalogue does not know (removed in a newer version, or no catalogue). */
export function UnknownFocusChip({
  id,
  label,
  children,
}: {
  id: string
  label: string
  children?: ReactNode
}) {
  return (
    <span className="focus-chip focus-chip-unknown" title={id}>
      <span className="focus-chip-text">
        {label}: {id}
      </span>
      {children}
    </span>
  )
}
