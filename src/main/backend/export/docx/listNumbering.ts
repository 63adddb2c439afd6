import type { ListInstance } from './context'
import { HANGING, listIndent } from './styles'

const LEVELS = [0, 1, 2, 3, 4, 5, 6, 7, 8]

/**
 * One list's w:num: an instance of the shared definition `abstractId` that restarts every level
 * (at 1, and the list's own level at its start). A list that asks for letters or roman numerals
 * gets that level's format overridden here, so it still needs no definition of its own.
 */
export function numberingInstanceXml(numId: number, abstractId: string, list: ListInstance): string {
  let overrides = ''
  for (const l of LEVELS) {
    const start = l === list.level ? list.start : 1
    const lvl =
      l === list.level && list.format
        ? `<w:lvl w:ilvl="${l}"><w:start w:val="${start}"/><w:numFmt w:val="${list.format}"/>` +
          `<w:lvlText w:val="%${l + 1}."/><w:lvlJc w:val="left"/>` +
          `<w:pPr><w:ind w:left="${listIndent(l)}" w:hanging="${HANGING}"/></w:pPr></w:lvl>`
        : ''
    overrides += `<w:lvlOverride w:ilvl="${l}"><w:startOverride w:val="${start}"/>${lvl}</w:lvlOverride>`
  }
  return `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/>${overrides}</w:num>`
}
