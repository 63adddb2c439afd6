import type { Plan } from '../../../../shared/api'
import { ErrorMessage } from '../../components/ErrorMessage'
import { ConflictNotice } from '../recovery/ConflictNotice'
import { useSaveStatus, type Autosaver } from './useAutosave'

type Props = {
  saver: Autosaver
  plan: Plan
  onKeptAsNewPlan: (id: string) => void
  onReload: () => void
}

/**
 * What the editor says when saving goes wrong: the conflict notice after a refused save, else the
 * reason a save failed while it is retried. Subscribes to the saver itself (see SaveStatus).
 */
export function SaveProblems({ saver, plan, onKeptAsNewPlan, onReload }: Props) {
  const { state, lastError } = useSaveStatus(saver)
  if (state === 'conflict')
    return (
      <ConflictNotice
        plan={plan}
        unsavedDoc={saver.pendingDoc}
        onKeptAsNewPlan={(id) => {
          saver.dropPending()
          onKeptAsNewPlan(id)
        }}
        onReload={onReload}
      />
    )
  if (!lastError || state === 'saved') return null
  return (
    <div className="editor-alert">
      <ErrorMessage code={lastError} />
    </div>
  )
}
