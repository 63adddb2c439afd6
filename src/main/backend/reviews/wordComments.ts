import type { DocxPackage } from '../import/openDocx'
import { scanXml } from '../xml/scanXml'
import { VisibleText } from '../xml/visibleText'

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
  const { text, starts, ends } = anchors(pkg.text('word/document.xml') ?? '')

  return commentBodies(commentsXml).map((c) => {
    const from = starts.get(c.wordId) ?? -1
    const to = Math.max(from, ends.get(c.wordId) ?? from)
    return {
      ...c,
      anchorText: from >= 0 ? text.slice(from, to).trim() : '',
      before: from >= 0 ? text.slice(Math.max(0, from - CONTEXT), from) : '',
      after: from >= 0 ? text.slice(to, to + CONTEXT) : '',
    }
  })
}

/** The document's text (paragraphs on lines) and where each comment's range starts and ends in it. */
function anchors(xml: string) {
  const parts: string[] = []
  let length = 0
  const push = (s: string) => {
    parts.push(s)
    length += s.length
  }
  const starts = new Map<string, number>()
  const ends = new Map<string, number>()
  if (xml) {
    scanXml(
      xml,
      {
        open(name, attrs, _selfClosing, parent) {
          const id = attrs['w:id']
          if (name === 'w:commentRangeStart' && id !== undefined) starts.set(id, length)
          else if (name === 'w:commentRangeEnd' && id !== undefined) ends.set(id, length)
          else if (name === 'w:commentReference' && id !== undefined) {
            // A comment on a point has only its reference: the range is empty there.
            if (!ends.has(id)) ends.set(id, length)
            if (!starts.has(id)) starts.set(id, length)
          } else if ((name === 'w:tab' || name === 'w:br') && parent === 'w:r') push(' ')
        },
        close(name) {
          if (name === 'w:p') push('\n')
        },
        text(t, parent) {
          if (parent === 'w:t') push(t)
        },
      },
      { part: 'word/document.xml' },
    )
  }
  return { text: parts.join(''), starts, ends }
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
