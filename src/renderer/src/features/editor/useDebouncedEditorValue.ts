import { useEffect, useState } from 'react'
import type { Editor } from '@tiptap/react'

/** A value derived from the whole document (outline, word count), recomputed a moment after typing
 * pauses rather than on every keystroke: typing in a 300-page plan must stay instant. */
export function useDebouncedEditorValue<T>(
  editor: Editor | null,
  compute: (e: Editor) => T,
  initial: T,
  ms = 300,
): T {
  const [value, setValue] = useState<T>(() => (editor ? compute(editor) : initial))
  useEffect(() => {
    if (!editor) return
    let timer: ReturnType<typeof setTimeout> | null = null
    const run = () => {
      if (timer) clearTimeout(timer)
      timer = setTimeout(() => setValue(compute(editor)), ms)
    }
    setValue(compute(editor))
    editor.on('update', run)
    return () => {
      editor.off('update', run)
      if (timer) clearTimeout(timer)
    }
  }, [editor, compute, ms])
  return value
}
