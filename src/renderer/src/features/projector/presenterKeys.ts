/** The facilitator's keys (and a presentation clicker's, which sends PageDown/PageUp): the step they
 * ask for, or null for any other key. */
export type Step = 1 | -1 | 'first' | 'last'

export function stepOfKey(key: string): Step | null {
  switch (key) {
    case 'PageDown':
    case 'ArrowRight':
    case 'ArrowDown':
      return 1
    case 'PageUp':
    case 'ArrowLeft':
    case 'ArrowUp':
      return -1
    case 'Home':
      return 'first'
    case 'End':
      return 'last'
    default:
      return null
  }
}

/** The section a step lands on, kept inside the plan's sections. */
export function stepTo(current: number, step: Step, count: number): number {
  if (count <= 0) return 0
  if (step === 'first') return 0
  if (step === 'last') return count - 1
  return Math.min(count - 1, Math.max(0, current + step))
}

/** Where the projector is: `part` -1 is the section's last part, until the projector has measured. */
export type Place = { section: number; part: number; parts: number }

/**
 * Where a step lands when a long section is shown in parts: forward and back go part by part inside
 * the section and on to the next (or the previous one's last part, asked for as -1) only at its end;
 * Home and End jump to the first and last section.
 */
export function stepPlace(at: Place, step: Step, count: number): { section: number; part: number } {
  const parts = Math.max(1, at.parts)
  const part = at.part < 0 ? parts - 1 : Math.min(at.part, parts - 1)
  if (step === 1 && part < parts - 1) return { section: at.section, part: part + 1 }
  if (step === -1 && part > 0) return { section: at.section, part: part - 1 }
  const section = stepTo(at.section, step, count)
  if (step === 'first' || step === 'last') return { section, part: 0 }
  if (section === at.section) return { section, part }
  return { section, part: step === -1 ? -1 : 0 }
}
