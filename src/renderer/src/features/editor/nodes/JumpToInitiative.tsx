import { useEditorState, type Editor } from '@tiptap/react'
import { jumpTo } from './planPositions'
import { pdfLayoutActive } from '../pdf/pdfLayout'

/** Whether the page is being printed as a PDF; a derived table asks once for all its rows. */
export const usePrintedAsPdf = (editor: Editor) =>
  useEditorState({ editor, selector: ({ editor: e }) => pdfLayoutActive(e.state) })

/** An initiative's name in a derived table: a button that goes to its card, or, when the page is
 * printed as a PDF, the name as text (a button would be tagged as a form field there). */
export function JumpToInitiative(props: { editor: Editor; index: number; name: string; printing: boolean }) {
  const { editor, index, name, printing } = props
  if (printing) return <>{name}</>
  return (
    <button type="button" className="link-button" onClick={() => jumpTo(editor, 'initiative', index)}>
      {name}
    </button>
  )
}
