import { useMemo } from 'react'
import { EditorContent, useEditor, type JSONContent } from '@tiptap/react'
import { useTranslation } from 'react-i18next'
import type { Plan } from '../../../../shared/api'
import { planExtensions } from '../../../../shared/document/extensions'
import { focusNodeOverrides } from '../editor/nodes'
import { planImageView } from '../editor/images/planImageView'
import '../editor/planEditor.css'

/** An older state of the plan, shown with the editor's own schema and node views but not editable:
 * what you see is exactly what would come back if you restored it. */
export function ReadOnlyView({ plan, assetBase, label }: { plan: Plan; assetBase: string; label: string }) {
  const { t } = useTranslation('versions')
  const extensions = useMemo(
    () =>
      planExtensions({
        ...focusNodeOverrides(plan.meta.catalogue),
        image: planImageView(assetBase, plan.id),
      }),
    [plan, assetBase],
  )
  const editor = useEditor(
    {
      extensions,
      content: plan.doc as JSONContent,
      editable: false,
      immediatelyRender: true,
      editorProps: {
        attributes: {
          class: 'plan-text',
          'aria-label': t('view.textLabel', { label }),
          'aria-readonly': 'true',
        },
      },
    },
    [extensions],
  )
  return (
    <div className="version-view">
      <EditorContent editor={editor} />
    </div>
  )
}
