/**
 * Mammoth's style map: Word's built-in headings in English and Danish names, the quote styles, and
 * the named styles of our own export (export/docx/styles.ts), so an exported plan comes back as
 * the same parts. Roles (class names) mark paragraphs the recogniser handles; `!` drops a style.
 */
const headings = [1, 2, 3, 4, 5, 6].flatMap((n) => [
  `p[style-name='heading ${n}'] => h${Math.min(n, 3)}:fresh`,
  `p[style-name='Heading ${n}'] => h${Math.min(n, 3)}:fresh`,
  `p[style-name='Overskrift ${n}'] => h${Math.min(n, 3)}:fresh`,
])

const QUOTE_STYLES = ['Quote', 'Citat', 'Intense Quote', 'Strakt citat', 'Quotations']

/** mammoth's list paths one level at a time: level 1 `ul > li`, level 2 `ul|ol > li > ul > li` ... */
const listPath = (tag: 'ul' | 'ol', level: number) => `${'ul|ol > li > '.repeat(level - 1)}${tag} > li:fresh`

/** A numbered or bulleted paragraph in a quote style stays a list, inside the quote (our export
 * writes a quote's list that way); listed before the quote styles, since the first match wins. */
const quoteLists = QUOTE_STYLES.flatMap((name) =>
  [1, 2, 3, 4, 5].flatMap((level) => [
    `p[style-name='${name}']:ordered-list(${level}) => blockquote > ${listPath('ol', level)}`,
    `p[style-name='${name}']:unordered-list(${level}) => blockquote > ${listPath('ul', level)}`,
  ]),
)

/** A list item's second paragraph ("List Continue", level set by wordTransform): the recogniser
 * puts it back into its item. */
export const LIST_CONTINUE = (level: number) => `List Continue@${level}`
const listContinues = [0, 1, 2, 3, 4, 5, 6, 7, 8].map(
  (level) => `p[style-name='${LIST_CONTINUE(level)}'] => p.listcontinue${level}:fresh`,
)

export const STYLE_MAP = [
  ...headings,
  ...quoteLists,
  ...listContinues,
  "p[style-name='Title'] => p.title:fresh",
  "p[style-name='Titel'] => p.title:fresh",
  "p[style-name='Subtitle'] => p.subtitle:fresh",
  "p[style-name='Undertitel'] => p.subtitle:fresh",
  "p[style-name='Cover Meta'] => p.covermeta:fresh",
  "p[style-name='TOCHeading'] => p.tocheading:fresh",
  "p[style-name='TOC Heading'] => p.tocheading:fresh",
  "p[style-name='Overskrift til indholdsfortegnelse'] => p.tocheading:fresh",
  ...QUOTE_STYLES.map((name) => `p[style-name='${name}'] => blockquote > p:fresh`),
  "p[style-name='Horizontal Rule'] => p.rule:fresh",
  "p[style-name='Note'] => p.note:fresh",
  "p[style-name='Table Gap'] => !",
  // A header row LibreOffice marks only by the paragraph style of its cells.
  "p[style-name='Table Heading'] => p.tablehead:fresh",
  "p[style-name='Tabeloverskrift'] => p.tablehead:fresh",
  // Word's caption style (Danish Word shows it as Billedtekst): under a picture, its caption.
  "p[style-name='caption'] => p.caption:fresh",
  "p[style-name='Caption'] => p.caption:fresh",
  'u => u',
  'strike => s',
]

/** Entries of a table of contents Word has filled in: the plan builds its own, so they are dropped. */
STYLE_MAP.push(
  ...[1, 2, 3, 4, 5, 6].flatMap((n) => [
    `p[style-name='toc ${n}'] => p.tocentry:fresh`,
    `p[style-name='TOC ${n}'] => p.tocentry:fresh`,
    `p[style-name='Indholdsfortegnelse ${n}'] => p.tocentry:fresh`,
  ]),
)

/**
 * Everyday styles that carry nothing the plan needs. They are not mapped (a mapping would hide the
 * list numbering mammoth reads from such paragraphs); their "unrecognised style" notes are not reported.
 */
export const QUIET_STYLES = new Set([
  'Body Text',
  'Brødtekst',
  'Table Contents',
  'Tabelindhold',
  'List Paragraph',
  'Listeafsnit',
  // Our own export's: a list in a table cell is a numbered Table Text paragraph.
  'Table Text',
  'Table Label',
  'Matrix Text',
  'Figure',
  'Header Footer',
])

/** The paragraph styles the map gives a meaning of their own (a heading, a quote, a caption...):
 * their look is that meaning, never bold or italic marks on every word. */
export const MAPPED_PARAGRAPH_STYLES = new Set(
  STYLE_MAP.map((rule) => /^p\[style-name='([^']*)'\]/.exec(rule)?.[1]).filter((n): n is string => !!n),
)
