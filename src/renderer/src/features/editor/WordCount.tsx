import type { Editor } from '@tiptap/react'
import { useTranslation } from 'react-i18next'
import { useDebouncedEditorValue } from './useDebouncedEditorValue'

const words = (e: Editor) => (e.storage.characterCount?.words?.() as number | undefined) ?? 0

export function WordCount({ editor }: { editor: Editor }) {
  const { t } = useTranslation('editor')
  const count = useDebouncedEditorValue(editor, words, 0, 500)
  return <span className="word-count">{t('wordCount', { count })}</span>
}
