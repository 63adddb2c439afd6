import { useEffect, useMemo } from 'react'
import type { Editor } from '@tiptap/react'
import type { PlanMeta } from '../../../../shared/model/plan'
import { planWords } from './planWords'
import { spellCheck } from './spellCheckPlugin'
import { createSpellMenuStore } from './spellMenuStore'
import { onSpellStatus, spellClient, spellStatus, startSpelling } from './spellService'
import { onSpellSettings, spellSettings } from './spellSettings'

/** The editor's spelling: its extension and the store its menu opens from, made once per editor. */
export function useSpellingExtension() {
  const menu = useMemo(() => createSpellMenuStore(), [])
  const extension = useMemo(
    () =>
      spellCheck({
        client: spellClient,
        enabled: () => spellSettings().enabled,
        onEnabledChange: onSpellSettings,
        menu,
      }),
    [menu],
  )
  return { menu, extension }
}

/** Loads the dictionary once the plan is on screen (two frames after the editor is there), with
 * this plan's place names as words; says once when the dictionary could not be loaded. */
export function useStartSpelling(editor: Editor | null, meta: PlanMeta, onUnavailable: () => void): void {
  const words = planWords(meta).join('\n')
  useEffect(() => {
    if (!editor) return
    let timer: ReturnType<typeof setTimeout> | undefined
    let offStatus = () => {}
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        startSpelling(words ? words.split('\n') : [])
        const tell = () => spellStatus() === 'unavailable' && onUnavailable()
        offStatus = onSpellStatus(tell)
        tell()
      })
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
      offStatus()
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a new callback is not a new plan
  }, [editor, words])
}
