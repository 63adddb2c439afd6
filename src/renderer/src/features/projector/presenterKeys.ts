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
