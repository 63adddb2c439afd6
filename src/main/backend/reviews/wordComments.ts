import type { DocxPackage } from '../import/openDocx'
import { scanXml } from '../xml/scanXml'
import { VisibleText } from '../xml/visibleText'
import { originOfBookmark, type Origin } from '../planPart/originBookmarks'

export type WordComment = {
  wordId: string
  author: string
  initials: string
  date: string
  text: string
  anchorText: string
  before: string
  after: string
  /** What our export derived the commented text from (originBookmarks.ts), when it did. */
  origin?: CommentOrigin
}

/** The initiative or derived block a comment's range starts in; in a derived table, the text of
 * the first cell of its row (the initiative it is about). */
export type CommentOrigin = Origin & { row?: string }

const CONTEXT = 60

/**
 * The consultant's comments from a .docx: who, when and what from word/comments.xml, and the text
 * each is anchored to (between w:commentRangeStart and End in word/document.xml) with some text
 * before and after it, to find the passage again in a plan that has moved on. Deleted text
 * (tracked deletions) is not part of the anchor: the plan never had it. Both parts are read in one
 * forward scan each, linear in their size.
 */
export function readWordComments(pkg: DocxPackage): WordComment[] {
  const commentsXml = pkg.text('word/comments.xml')
  if (!commentsXml) return []
  const { text, starts, ends, origins } = anchors(pkg.text('word/document.xml') ?? '')

  return commentBodies(commentsXml).map((c) => {
    const from = starts.get(c.wordId) ?? -1
    const to = Math.max(from, ends.get(c.wordId) ?? from)
    return {
      ...c,
      anchorText: from >= 0 ? text.slice(from, to).trim() : '',
      before: from >= 0 ? text.slice(Math.max(0, from - CONTEXT), from) : '',
      after: from >= 0 ? text.slice(to, to + CONTEXT) : '',
      ...originFields(origins.get(c.wordId)),
    }
  })
}

function originFields(o: { origin: Origin; row: { first: string[] } | null } | undefined) {
  if (!o) return {}
  const row = o.row?.first.join('').replace(/\s+/g, ' ').trim()
  return { origin: row ? { ...o.origin, row } : o.origin }
}

/**
 * The document's text (paragraphs on lines), where each comment's range starts and ends in it, and
 * for a range that starts inside one of our export's origin bookmarks, that origin (the innermost)
 * and the row of a derived table it starts in.
 */
function anchors(xml: string) {
  const parts: string[] = []
  let length = 0
  const push = (s: string) => {
    parts.push(s)
    length += s.length
  }
  const starts = new Map<string, number>()
  const ends = new Map<string, number>()
  const origins = new Map<string, { origin: Origin; row: { first: string[] } | null }>()
  /** Origin bookmarks open here, by bookmark id, in the order they opened. */
  const open: { id: string; origin: Origin }[] = []
  /** The table row being read, with the text of its first cell; cells counted per row. */
  let row: { first: string[]; cells: number; inFirst: boolean } | null = null
  const atStart = (id: string) => {
    starts.set(id, length)
    const innermost = open[open.length - 1]
    if (innermost && !origins.has(id))
      origins.set(id, { origin: innermost.origin, row: innermost.origin.kind === 'initiative' ? null : row })
  }
  if (xml) {
    scanXml(
      xml,
      {
        open(name, attrs, _selfClosing, parent) {
          const id = attrs['w:id']
          if (name === 'w:commentRangeStart' && id !== undefined) atStart(id)
          else if (name === 'w:commentRangeEnd' && id !== undefined) ends.set(id, length)
          else if (name === 'w:commentReference' && id !== undefined) {
            // A comment on a point has only its reference: the range is empty there.
            if (!ends.has(id)) ends.set(id, length)
            if (!starts.has(id)) atStart(id)
          } else if ((name === 'w:tab' || name === 'w:br') && parent === 'w:r') push(' ')
          else if (name === 'w:bookmarkStart' && id !== undefined) {
            const origin = originOfBookmark(attrs['w:name'] ?? '')
            if (origin) open.push({ id, origin })
          } else if (name === 'w:bookmarkEnd' && id !== undefined) {
            const at = open.findIndex((o) => o.id === id)
            if (at >= 0) open.splice(at, 1)
          } else if (name === 'w:tr') row = { first: [], cells: 0, inFirst: false }
          else if (name === 'w:tc' && row) row.inFirst = ++row.cells === 1
        },
        close(name) {
          if (name === 'w:p') push('\n')
          else if (name === 'w:tc' && row) row.inFirst = false
        },
        text(t, parent) {
          if (parent !== 'w:t') return
          push(t)
          if (row?.inFirst) row.first.push(t)
        },
      },
      { part: 'word/document.xml' },
    )
  }
  return { text: parts.join(''), starts, ends, origins }
}

type Body = Omit<WordComment, 'anchorText' | 'before' | 'after'>

/** Each w:comment's attributes and text, its paragraphs on lines of their own. */
function commentBodies(xml: string): Body[] {
  const out: Body[] = []
  let current: { body: Body; depth: number; paragraphs: string[]; loose: VisibleText } | null = null
  let paragraph: { depth: number; text: VisibleText } | null = null
  let depth = 0
  scanXml(
    xml,
    {
      open(name, attrs, _selfClosing, parent) {
        depth++
        if (!current) {
          if (name !== 'w:comment') return
          current = {
            depth,
            paragraphs: [],
            loose: new VisibleText(),
            body: {
              wordId: attrs['w:id'] ?? '',
              author: attrs['w:author'] ?? '',
              initials: attrs['w:initials'] ?? '',
              date: attrs['w:date'] ?? '',
              text: '',
            },
          }
          return
        }
        if (!paragraph && name === 'w:p') paragraph = { depth, text: new VisibleText() }
        ;(paragraph?.text ?? current.loose).open(name, parent)
      },
      close(name) {
        const at = depth--
        if (!current) return
        if (paragraph && paragraph.depth === at) {
          paragraph.text.close(name)
          current.paragraphs.push(paragraph.text.value())
          paragraph = null
        } else if (current.depth === at) {
          const { body, paragraphs, loose } = current
          body.text = (paragraphs.length ? paragraphs.join('\n') : loose.value()).trim()
          out.push(body)
          current = null
        } else (paragraph?.text ?? current.loose).close(name)
      },
      text(t, parent) {
        if (current) (paragraph?.text ?? current.loose).text(t, parent)
      },
    },
    { part: 'word/comments.xml' },
  )
  return out
}
