import { useLayoutEffect, useState } from 'react'
import type { MeetingView } from '../../../../shared/model/meeting'
import { createStepQueue } from './presenterSteps'

/** The step queue of one screen. It sees each rendered view before paint, so a key pressed once
 * the new place is painted steps from there. */
export function useStepQueue(view: MeetingView | null, count: number) {
  const [queue] = useState(createStepQueue)
  useLayoutEffect(() => {
    queue.see(view, count)
  }, [queue, view, count])
  return queue
}
