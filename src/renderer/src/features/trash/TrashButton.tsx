import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useTrash } from './useTrash'
import { TrashDialog } from './TrashDialog'
import { inBackground } from '../errors/inBackground'
import './trash.css'

type Props = {
  /** The plan list as last read: when it changes, the count is read again (a plan was deleted). */
  plansListed: unknown
  /** Reads the plan list again after a plan came back. */
  onChanged: () => Promise<void>
}

/** "Papirkurv (3)" on the home screen, opening the Papirkurv dialog. */
export function TrashButton({ plansListed, onChanged }: Props) {
  const { t } = useTranslation('trash')
  const [open, setOpen] = useState(false)
  const { entries, error, reload } = useTrash(plansListed)
  const count = entries?.length ?? 0
  return (
    <>
      <button
        type="button"
        className="btn btn-quiet home-trash"
        aria-haspopup="dialog"
        onClick={() => {
          setOpen(true)
          inBackground(reload(), 'TrashButton')
        }}
      >
        {count > 0 ? t('buttonCount', { count }) : t('button')}
      </button>
      <TrashDialog
        open={open}
        entries={entries}
        listError={error}
        onClose={() => setOpen(false)}
        onChanged={async () => {
          await onChanged()
          await reload()
        }}
      />
    </>
  )
}
