/** The facilitator's keys (and a presentation clicker's, which sends PageDown/PageUp): the step they
 * ask for, or null for any other key. */
export function stepOfKey(key: string): 1 | -1 | 'first' | 'last' | null {
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
export function stepTo(current: number, step: 1 | -1 | 'first' | 'last', count: number): number {
  if (count <= 0) return 0
  if (step === 'first') return 0
  if (step === 'last') return count - 1
  return Math.min(count - 1, Math.max(0, current + step))
}

type Place = { section: number; part: number; parts: number }

/**
 * Where a step lands when a long section is shown in parts: forward and back go part by part inside
 * the section and on to the next (or the previous one's last part, asked for as -1) only at its end;
 * Home and End jump to the first and last section.
 */
export function stepPlace(
  at: Place,
  step: 1 | -1 | 'first' | 'last',
  count: number,
): { section: number; part: number } {
  if (step === 1 && at.part < at.parts - 1) return { section: at.section, part: at.part + 1 }
  if (step === -1 && at.part > 0) return { section: at.section, part: Math.min(at.part, at.parts) - 1 }
  const section = stepTo(at.section, step, count)
  if (step === 'first' || step === 'last') return { section, part: 0 }
  if (section === at.section) return { section, part: at.part }
  return { section, part: step === -1 ? -1 : 0 }
}

/** Whether a key pressed here is the user's typing (the editor, a text field, a list), which keeps its
 * own meaning, rather than a key for the projector. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  if (target instanceof HTMLInputElement)
    return !['button', 'checkbox', 'radio', 'submit', 'reset'].includes(target.type)
  return false
}
