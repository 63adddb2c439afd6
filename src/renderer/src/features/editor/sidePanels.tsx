import type { Editor } from '@tiptap/react'
import type { ReactNode } from 'react'
import type { Plan } from '../../../../shared/api'

export type SidePanel = { id: string; label: string; render: (editor: Editor) => ReactNode }

/** Panels other features add beside the text (the focus-area panel). One place to register them. */
export function editorSidePanels(_plan: Plan): SidePanel[] {
  return []
}
