import { useCallback, useEffect, useState, type RefObject } from 'react'
import type { Editor } from '@tiptap/react'
import { NodeSelection } from '@tiptap/pm/state'
import { api } from '../../../api/client'
import { errorKeys } from '../../../api/errorText'
import { MAX_IMAGE_BYTES, naturalSize, readAsBase64 } from './readImageFile'
import { choicesOf, type ImageChoices } from './imageChoices'

type Pending =
  | { mode: 'insert'; file: File; previewUrl: string; at: number | null }
  | { mode: 'edit'; pos: number; choices: ImageChoices }

type Notify = (key: string | string[], values?: Record<string, unknown>) => void

/**
 * The image journey: pick or paste a file -> describe it -> it is stored once as an asset of the plan
 * -> the document gets `asset:<sha>.<ext>` with alt text, natural size, and the size, alignment and
 * caption chosen. A refused file inserts nothing.
 */
export function useImageInsert(
  editor: Editor | null,
  planId: string,
  notifyError: Notify,
  inputRef: RefObject<HTMLInputElement | null>,
) {
  const [pending, setPending] = useState<Pending | null>(null)
  const [busy, setBusy] = useState(false)

  const close = useCallback(() => {
    setPending((p) => {
      if (p?.mode === 'insert') URL.revokeObjectURL(p.previewUrl)
      return null
    })
    editor?.commands.focus()
  }, [editor])

  useEffect(() => () => setPending(null), [])

  const startWithFiles = useCallback(
    (files: File[], at: number | null) => {
      const file = files[0]
      if (!file) return
      if (!file.type.startsWith('image/')) return notifyError('errors:not-an-image')
      if (file.size > MAX_IMAGE_BYTES) return notifyError('errors:too-large')
      setPending({ mode: 'insert', file, previewUrl: URL.createObjectURL(file), at })
    },
    [notifyError],
  )

  const editAlt = useCallback(() => {
    const sel = editor?.state.selection
    if (!(sel instanceof NodeSelection) || sel.node.type.name !== 'image') return
    setPending({ mode: 'edit', pos: sel.from, choices: choicesOf(sel.node.attrs) })
  }, [editor])

  const confirm = useCallback(
    async (choices: ImageChoices) => {
      if (!editor || !pending) return
      if (pending.mode === 'edit') {
        editor.chain().focus().setNodeSelection(pending.pos).updateAttributes('image', choices).run()
        return close()
      }
      setBusy(true)
      try {
        const [data, size] = await Promise.all([readAsBase64(pending.file), naturalSize(pending.previewUrl)])
        if (!size) return notifyError('errors:not-an-image')
        const { src } = await api['assets.add']({
          planId,
          fileName: pending.file.name || 'billede.png',
          data,
        })
        const chain = editor.chain().focus()
        if (pending.at !== null) chain.setTextSelection(pending.at)
        chain
          .insertContent({
            type: 'image',
            attrs: { src, ...choices, width: size.width, height: size.height },
          })
          .run()
      } catch (e) {
        notifyError(errorKeys(e))
      } finally {
        setBusy(false)
        close()
      }
    },
    [editor, pending, planId, notifyError, close],
  )

  const choose = useCallback(() => inputRef.current?.click(), [inputRef])
  const onInputChange = useCallback(
    (files: FileList | null) => {
      if (files?.length) startWithFiles(Array.from(files), null)
      if (inputRef.current) inputRef.current.value = ''
    },
    [startWithFiles, inputRef],
  )

  return { pending, busy, choose, onInputChange, startWithFiles, editAlt, confirm, close }
}
