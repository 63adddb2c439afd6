import { useState } from 'react'
import { api } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'

/**
 * After a file is saved (Word or PDF): open it, or show it in its folder; a refusal is said beneath.
 * Mounted only while the file is saved, so a new save starts without the old refusal.
 */
export function SavedFileActions({
  path,
  openLabel,
  folderLabel,
}: {
  path: string
  openLabel: string
  folderLabel: string
}) {
  const [error, setError] = useState<unknown>(null)
  const run = (command: 'shell.openExported' | 'shell.showExportedInFolder') => {
    setError(null)
    api[command]({ path }).catch(setError)
  }
  return (
    <>
      <div className="export-next">
        <button type="button" className="btn" onClick={() => run('shell.openExported')}>
          {openLabel}
        </button>
        <button type="button" className="btn" onClick={() => run('shell.showExportedInFolder')}>
          {folderLabel}
        </button>
      </div>
      {error != null && <ErrorMessage error={error} />}
    </>
  )
}
