/**
 * Link texts a screen reader user cannot act on. Screen readers list a page's links on their own
 * ("klik her, klik her, link"), so the text must say where the link goes; a long web address read
 * out letter by letter says it badly. A mail address as the text of its own mailto link is fine:
 * it is short and it is what the reader needs.
 */
export type LinkTextProblem = 'address' | 'says-nothing'

/** Texts that say nothing about where the link goes, in Danish and English, compared lower-cased
 * with punctuation and surrounding space removed. */
const SAYS_NOTHING = new Set([
  'her',
  'klik',
  'klik her',
  'tryk her',
  'se her',
  'læs her',
  'læs mere',
  'læs mere her',
  'mere',
  'mere her',
  'link',
  'linket',
  'dette link',
  'denne side',
  'here',
  'click',
  'click here',
  'read more',
  'more',
  'this link',
  'this page',
])

const normalised = (s: string) =>
  s
    .toLocaleLowerCase('da')
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/^[\s.,:;!?»«"'()[\]-]+|[\s.,:;!?»«"'()[\]-]+$/g, '')

/** An address without what people leave out when they write one: scheme, www., a final slash. */
const bareAddress = (s: string) =>
  s
    .trim()
    .toLocaleLowerCase('da')
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '')

const LOOKS_LIKE_ADDRESS = /^(https?:\/\/|www\.)\S+$/i

export function linkTextProblem(text: string, href: string): LinkTextProblem | null {
  const said = normalised(text)
  if (said === '' || SAYS_NOTHING.has(said)) return 'says-nothing'
  if (href.toLowerCase().startsWith('mailto:')) return null
  if (LOOKS_LIKE_ADDRESS.test(text.trim())) return 'address'
  const bare = bareAddress(text)
  return bare !== '' && bare === bareAddress(href) ? 'address' : null
}
