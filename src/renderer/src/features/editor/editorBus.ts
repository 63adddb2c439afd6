/**
 * The editor's extensions run inside ProseMirror, the dialogs live in React. The bus is how an
 * extension (a shortcut, a paste, a drop) asks the React side to open a dialog or show a notice.
 * PlanEditor creates it once and points its handlers at the current React state.
 */
export type NoticeKind = 'error' | 'info'

export type EditorBus = {
  openLinkDialog: () => void
  openFind: () => void
  /** Image files pasted or dropped: go through the alt-text dialog, never straight in. */
  imageFiles: (files: File[], at: number | null) => void
  notice: (kind: NoticeKind, key: string, values?: Record<string, unknown>) => void
  openExternal: (href: string) => void
}

export type EditorBusHandle = EditorBus & { connect: (handlers: EditorBus) => void }

export function createEditorBus(): EditorBusHandle {
  let h: EditorBus | null = null
  return {
    openLinkDialog: () => h?.openLinkDialog(),
    openFind: () => h?.openFind(),
    imageFiles: (files, at) => h?.imageFiles(files, at),
    notice: (kind, key, values) => h?.notice(kind, key, values),
    openExternal: (href) => h?.openExternal(href),
    connect: (handlers) => void (h = handlers),
  }
}
