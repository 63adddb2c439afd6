import type { Editor } from '@tiptap/react'
import { useTranslation } from 'react-i18next'
import type { SidePanelSpec } from '../SidePanelTabs'
import { i18next } from '../../../i18n'
import { AccessibilityPanel } from './AccessibilityPanel'
import { useAccessibilityFindings } from './useAccessibilityFindings'
import type { FindingDialogs } from './findingActions'

export const ACCESSIBILITY_PANEL = 'a11y'

/** The count beside the tab's name; it follows the text on its own, so the editor around it does
 * not re-render when the count changes. */
function TabCount({ editor }: { editor: Editor }) {
  const { t } = useTranslation('a11y')
  const count = useAccessibilityFindings(editor).length
  if (!count) return null
  return (
    <>
      <span className="side-tab-count" aria-hidden="true">
        {count}
      </span>
      <span className="visually-hidden"> ({t('panel.tabCount', { count })})</span>
    </>
  )
}

function LivePanel(props: { editor: Editor; dialogs: FindingDialogs; readOnly: boolean }) {
  const findings = useAccessibilityFindings(props.editor)
  return <AccessibilityPanel {...props} findings={findings} />
}

/** "Tilgængelighed" in the side panel. */
export function accessibilityPanel(
  editor: Editor,
  dialogs: FindingDialogs,
  readOnly: boolean,
): SidePanelSpec {
  return {
    id: ACCESSIBILITY_PANEL,
    label: i18next.t('a11y:panel.tab'),
    badge: <TabCount editor={editor} />,
    render: (e) => <LivePanel editor={e} dialogs={dialogs} readOnly={readOnly} />,
  }
}
