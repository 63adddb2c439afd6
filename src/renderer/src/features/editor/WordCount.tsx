import type { Editor } from '@tiptap/react'
import { useTranslation } from 'react-i18next'
import { useDebouncedEditorValue } from './useDebouncedEditorValue'
import { countWords } from './wordCount'

const words = (e: Editor) => countWords(e.state.doc)

export function WordCount({ editor }: { editor: Editor }) {
  const { t } = useTranslation('editor')
  const count = useDebouncedEditorValue(editor, words, 0, 500)
  return <span className="word-count">{t('wordCount', { count })}</span>
}
