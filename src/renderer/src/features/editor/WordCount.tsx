import type { Editor } from '@tiptap/react'
import { useTranslation } from 'react-i18next'
import { DEBOUNCE_MS } from './autosaver'
import { useDebouncedEditorValue } from './useDebouncedEditorValue'
import { countWords } from './wordCount'

const words = (e: Editor) => countWords(e.state.doc)

export function WordCount({ editor }: { editor: Editor }) {
  const { t } = useTranslation('editor')
  // Counted when the autosave starts (both wait for the same pause, timers in the order they were
  // set), so the new count and the save status are drawn in one frame: each frame that changes
  // the layout in a pause costs a 300-page plan its layout, paint, hover and observer updates.
  const count = useDebouncedEditorValue(editor, words, 0, DEBOUNCE_MS)
  return <span className="word-count">{t('wordCount', { count })}</span>
}
