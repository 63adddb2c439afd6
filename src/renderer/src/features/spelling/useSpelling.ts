import { useEffect, useMemo } from 'react'
import type { Editor } from '@tiptap/react'
import type { PlanMeta } from '../../../../shared/model/plan'
import { planWords } from './planWords'
import { spellCheck } from './spellCheckPlugin'
import { createSpellMenuStore } from './spellMenuStore'
import { spellClient, startSpelling } from './spellService'
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
 * this plan's place names as words. */
export function useStartSpelling(editor: Editor | null, meta: PlanMeta): void {
  const words = planWords(meta).join('\n')
  useEffect(() => {
    if (!editor) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startSpelling(words ? words.split('\n') : []))
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [editor, words])
}
