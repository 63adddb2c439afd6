import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import type { EditorBus } from '../editorBus'
import { printPlan } from '../print/printPlan'

/** Word's Ctrl+K (link), Ctrl+F (find) and Ctrl+P (print), and Ctrl+click to open a link in the system browser:
 * a plain click only places the cursor, because a link must never open inside the app. */
export function editorShortcuts(bus: EditorBus) {
  return Extension.create({
    name: 'planShortcuts',
    addKeyboardShortcuts() {
      return {
        'Mod-k': () => {
          bus.openLinkDialog()
          return true
        },
        'Mod-f': () => {
          bus.openFind()
          return true
        },
        'Mod-p': () => {
          printPlan()
          return true
        },
      }
    },
    addProseMirrorPlugins() {
      return [
        new Plugin({
          key: new PluginKey('planLinkClick'),
          props: {
            handleClick: (_view, _pos, event) => {
              if (!(event.ctrlKey || event.metaKey)) return false
              const a = (event.target as HTMLElement | null)?.closest?.('a[href]')
              if (!a) return false
              bus.openExternal(a.getAttribute('href') ?? '')
              return true
            },
          },
        }),
      ]
    },
  })
}
