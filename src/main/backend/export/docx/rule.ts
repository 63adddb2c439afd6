import { STYLE } from './styles'
import { paragraph } from './xml'

/** A horizontal rule is the bottom border of a paragraph in its own style: the rule itself, not spacing. */
export function rule(): string[] {
  return [paragraph({ style: STYLE.rule })]
}
