import type { Editor } from '@tiptap/react'
import type { ReactNode } from 'react'
import type { Plan } from '../../../../shared/api'
import { i18next } from '../../i18n'
import { FocusPanel } from '../focusAreas/FocusPanel'
import type { SetCatalogue } from '../focusAreas/CatalogueChoice'
import { CommentsPanel } from '../review/CommentsPanel'
import { MeetingPanel } from '../meeting/MeetingPanel'

export type SidePanel = { id: string; label: string; render: (editor: Editor) => ReactNode }

/** Panels other features add beside the text (the focus-area panel). One place to register them. */
export function editorSidePanels(plan: Plan, opts: { onSetCatalogue?: SetCatalogue } = {}): SidePanel[] {
  return [
    {
      id: 'focus',
      label: i18next.t('focus:panel.tab'),
      render: (editor) => (
        <FocusPanel editor={editor} catalogue={plan.meta.catalogue} onSetCatalogue={opts.onSetCatalogue} />
      ),
    },
    {
      id: 'comments',
      label: i18next.t('review:panel'),
      render: (editor) => <CommentsPanel editor={editor} planId={plan.id} />,
    },
    {
      id: 'meeting',
      label: i18next.t('meeting:panel.tab'),
      render: (editor) => <MeetingPanel editor={editor} planId={plan.id} />,
    },
  ]
}
