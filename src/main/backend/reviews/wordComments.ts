import { runText } from '../import/scanParts'
import type { DocxPackage } from '../import/openDocx'
import { decodeXmlEntities as decode } from '../import/xmlEntities'

export type WordComment = {
  wordId: string
  author: string
  initials: string
  date: string
  text: string
  anchorText: string
  before: string
  after: string
}

const CONTEXT = 60
const attr = (tag: string, name: string) => decode(new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1] ?? '')

/**
 * The consultant's comments from a .docx: who, when and what from word/comments.xml, and the text
 * each is anchored to (between w:commentRangeStart and End in word/document.xml) with some text
 * before and after it, to find the passage again in a plan that has moved on. Deleted text
 * (tracked deletions) is not part of the anchor: the plan never had it.
 */
export function readWordComments(pkg: DocxPackage): WordComment[] {
  const commentsXml = pkg.text('word/comments.xml')
  if (!commentsXml) return []
  const body = pkg.text('word/document.xml') ?? ''

  let text = ''
  const starts = new Map<string, number>()
  const ends = new Map<string, number>()
  const TOKEN =
    /<w:commentRangeStart\b[^>]*?w:id="([^"]*)"[^>]*>|<w:commentRangeEnd\b[^>]*?w:id="([^"]*)"[^>]*>|<w:commentReference\b[^>]*?w:id="([^"]*)"[^>]*>|<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<\/w:p>|<w:tab\/>|<w:br\/>/g
  for (const m of body.matchAll(TOKEN)) {
    if (m[1] !== undefined) starts.set(m[1], text.length)
    else if (m[2] !== undefined) ends.set(m[2], text.length)
    else if (m[3] !== undefined) {
      if (!ends.has(m[3])) ends.set(m[3], text.length)
      if (!starts.has(m[3])) starts.set(m[3], text.length)
    } else if (m[4] !== undefined) text += decode(m[4])
    else text += m[0] === '</w:p>' ? '\n' : ' '
  }

  const out: WordComment[] = []
  for (const m of commentsXml.matchAll(/<w:comment\b([^>]*)>([\s\S]*?)<\/w:comment>/g)) {
    const tag = m[1]
    const wordId = attr(tag, 'w:id')
    const from = starts.get(wordId) ?? -1
    const to = Math.max(from, ends.get(wordId) ?? from)
    const paragraphs = m[2].match(/<w:p\b[\s\S]*?<\/w:p>/g) ?? [m[2]]
    out.push({
      wordId,
      author: attr(tag, 'w:author'),
      initials: attr(tag, 'w:initials'),
      date: attr(tag, 'w:date'),
      text: paragraphs.map(runText).join('\n').trim(),
      anchorText: from >= 0 ? text.slice(from, to).trim() : '',
      before: from >= 0 ? text.slice(Math.max(0, from - CONTEXT), from) : '',
      after: from >= 0 ? text.slice(to, to + CONTEXT) : '',
    })
  }
  return out
}
