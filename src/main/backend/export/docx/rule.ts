import { Paragraph } from 'docx'
import { STYLE } from './styles'

/** A horizontal rule is the bottom border of a paragraph in its own style: the rule itself, not spacing. */
export function rule(): Paragraph[] {
  return [new Paragraph({ style: STYLE.rule })]
}
