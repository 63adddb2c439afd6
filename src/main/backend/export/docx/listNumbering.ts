import type { ListInstance } from './context'
import { HANGING, listIndent } from './styles'

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const LEVELS = [0, 1, 2, 3, 4, 5, 6, 7, 8]
const BULLETS = ['•', '◦', '▪']
const ORDERED = ['decimal', 'lowerLetter', 'lowerRoman']

/** The two definitions every list is an instance of, by kind. */
const ABSTRACT_ID: Record<ListInstance['kind'], number> = { bullet: 0, ordered: 1 }

/** The numId of the first list; the part holds no instance but the lists' own. */
export const FIRST_NUM_ID = 1

const levelXml = (level: number, format: string, text: string, start = 1) =>
  `<w:lvl w:ilvl="${level}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/>` +
  `<w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/>` +
  `<w:pPr><w:ind w:left="${listIndent(level)}" w:hanging="${HANGING}"/></w:pPr></w:lvl>`

const abstractXml = (kind: ListInstance['kind']) =>
  `<w:abstractNum w:abstractNumId="${ABSTRACT_ID[kind]}"><w:multiLevelType w:val="hybridMultilevel"/>` +
  LEVELS.map((l) =>
    kind === 'bullet'
      ? levelXml(l, 'bullet', BULLETS[l % BULLETS.length])
      : levelXml(l, ORDERED[l % ORDERED.length], `%${l + 1}.`),
  ).join('') +
  '</w:abstractNum>'

/**
 * One list's w:num: an instance of its kind's definition that restarts every level (at 1, and the
 * list's own level at its start). A list that asks for letters or roman numerals gets that level's
 * format overridden here, so it still needs no definition of its own.
 */
function instanceXml(numId: number, list: ListInstance): string {
  let overrides = ''
  for (const l of LEVELS) {
    const start = l === list.level ? list.start : 1
    const lvl = l === list.level && list.format ? levelXml(l, list.format, `%${l + 1}.`, start) : ''
    overrides += `<w:lvlOverride w:ilvl="${l}"><w:startOverride w:val="${start}"/>${lvl}</w:lvlOverride>`
  }
  return `<w:num w:numId="${numId}"><w:abstractNumId w:val="${ABSTRACT_ID[list.kind]}"/>${overrides}</w:num>`
}

/**
 * The whole numbering part, written here rather than by docx: one definition for bullets and one
 * for numbered lists, then an instance per list of the plan (numIds from FIRST_NUM_ID, in the
 * order list.ts handed them out), so nothing has to be found out from docx's output.
 */
export function numberingXml(lists: ListInstance[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${W}">` +
    abstractXml('bullet') +
    abstractXml('ordered') +
    lists.map((list, i) => instanceXml(FIRST_NUM_ID + i, list)).join('') +
    '</w:numbering>'
  )
}
