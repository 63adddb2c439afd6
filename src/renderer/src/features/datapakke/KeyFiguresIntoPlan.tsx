import type { Editor, JSONContent } from '@tiptap/react'
import { afterCurrentBlock } from '../../../../shared/document/afterCurrentBlock'
import { HentNoegletalDialog } from './HentNoegletalDialog'
import { quotesAsDocumentContent } from './asDocumentContent'

/**
 * "Hent nøgletal" for the editor: what the dialog hands back goes into the plan after the block
 * holding the selection, the chosen tables as Nøgletal blocks and the chosen answers as quotes.
 * After, not at the selection: a Nøgletal block just put in is selected, and content inserted over
 * a selected block replaces it.
 */
export function KeyFiguresIntoPlan({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const insert = (content: JSONContent[]) =>
    editor.chain().focus().insertContentAt(afterCurrentBlock(editor.state.selection), content).run()
  return (
    <HentNoegletalDialog
      open
      onClose={() => {
        onClose()
        editor.commands.focus()
      }}
      onTables={(tables) => insert(tables.map((t) => ({ type: 'keyFigures', attrs: t })))}
      onQuotes={(answers) => insert(quotesAsDocumentContent(answers))}
    />
  )
}
