import { useEffect, useMemo } from 'react'
import type { Editor } from '@tiptap/react'
import type { PlanMeta } from '../../../../shared/model/plan'
import { planWords } from './planWords'
import { spellCheck } from './spellCheckPlugin'
import { createSpellMenuStore } from './spellMenuStore'
import { onSpellStatus, preloadSpelling, spellClient, spellStatus, startSpelling } from './spellService'
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

/** Loads the dictionary when the home screen has been painted and the page is idle, so that it is
 * ready when a plan is opened (the worker parses it; the page only sends the files). */
export function usePreloadSpelling(): void {
  useEffect(() => {
    let idle: number | undefined
    const frame = requestAnimationFrame(() => {
      idle = requestIdleCallback(() => preloadSpelling(), { timeout: 2000 })
    })
    return () => {
      cancelAnimationFrame(frame)
      if (idle !== undefined) cancelIdleCallback(idle)
    }
  }, [])
}

/** Gives the worker this plan's place names as words: at once when the dictionary is loaded or
 * loading already (preloaded on the home screen), else it is loaded once the plan is on screen
 * (two frames after the editor is there). Says once when the dictionary could not be loaded. */
export function useStartSpelling(editor: Editor | null, meta: PlanMeta, onUnavailable: () => void): void {
  const words = planWords(meta).join('\n')
  useEffect(() => {
    if (!editor) return
    let timer: ReturnType<typeof setTimeout> | undefined
    let frame: number | undefined
    let offStatus = () => {}
    const start = () => {
      startSpelling(words ? words.split('\n') : [])
      const tell = () => spellStatus() === 'unavailable' && onUnavailable()
      offStatus = onSpellStatus(tell)
      tell()
    }
    if (spellStatus() !== 'idle') start()
    else frame = requestAnimationFrame(() => (timer = setTimeout(start)))
    return () => {
      if (frame !== undefined) cancelAnimationFrame(frame)
      clearTimeout(timer)
      offStatus()
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a new callback is not a new plan
  }, [editor, words])
}
