import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import type { EditorBus } from '../editorBus'
import { cleanPastedHtml } from '../paste/cleanPastedHtml'
import { checkPasteSize } from './pasteLimits'

function imageFiles(data: DataTransfer | null): File[] {
  return data ? Array.from(data.files).filter((f) => f.type.startsWith('image/') || f.type === '') : []
}

/** True when the HTML carries no text of its own (a browser's "copy image" puts an <img> there). */
function htmlIsOnlyImage(html: string): boolean {
  return !html || !new DOMParser().parseFromString(html, 'text/html').body.textContent?.trim()
}

/**
 * Paste and drop: cleans Word/web HTML, refuses oversized pastes whole, and routes image files
 * through the alt-text dialog (an image needs a description before it goes in).
 */
export function pasteHandling(bus: EditorBus) {
  return Extension.create({
    name: 'planPasteHandling',
    addProseMirrorPlugins() {
      let droppedImages = 0
      return [
        new Plugin({
          key: new PluginKey('planPasteHandling'),
          props: {
            handleDOMEvents: {
              paste: (view, event) => {
                const data = event.clipboardData
                if (!data || !view.editable) return false
                const html = data.getData('text/html')
                const text = data.getData('text/plain')
                const files = imageFiles(data)
                if (files.length && htmlIsOnlyImage(html) && !text.trim()) {
                  event.preventDefault()
                  bus.imageFiles(files, null)
                  return true
                }
                const verdict = checkPasteSize(html, text)
                if (!verdict.ok) {
                  event.preventDefault()
                  bus.notice('error', `paste.${verdict.reason}`)
                  return true
                }
                return false
              },
            },
            transformPastedHTML: (html) => {
              const { html: clean, droppedImages: n } = cleanPastedHtml(html)
              droppedImages = n
              return clean
            },
            handlePaste: () => {
              if (droppedImages > 0) bus.notice('info', 'paste.imagesDropped', { count: droppedImages })
              droppedImages = 0
              return false
            },
            handleDrop: (view, event, _slice, moved) => {
              if (moved || !view.editable) return false
              const files = imageFiles(event.dataTransfer)
              if (!files.length) return false
              event.preventDefault()
              const at = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos ?? null
              bus.imageFiles(files, at)
              return true
            },
          },
        }),
      ]
    },
  })
}
