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

export const STYLE_MAP = [
  ...headings,
  "p[style-name='Title'] => p.title:fresh",
  "p[style-name='Titel'] => p.title:fresh",
  "p[style-name='Subtitle'] => p.subtitle:fresh",
  "p[style-name='Undertitel'] => p.subtitle:fresh",
  "p[style-name='Cover Meta'] => p.covermeta:fresh",
  "p[style-name='TOCHeading'] => p.tocheading:fresh",
  "p[style-name='TOC Heading'] => p.tocheading:fresh",
  "p[style-name='Overskrift til indholdsfortegnelse'] => p.tocheading:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Citat'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "p[style-name='Strakt citat'] => blockquote > p:fresh",
  "p[style-name='Quotations'] => blockquote > p:fresh",
  "p[style-name='Horizontal Rule'] => p.rule:fresh",
  "p[style-name='Note'] => p.note:fresh",
  "p[style-name='Table Gap'] => !",
  "p[style-name='Table Text'] => p:fresh",
  "p[style-name='Matrix Text'] => p:fresh",
  "p[style-name='Figure'] => p:fresh",
  "p[style-name='Header Footer'] => p:fresh",
  "p[style-name='List Continue'] => p:fresh",
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
  'Table Heading',
  'Tabelindhold',
  'List Paragraph',
  'Listeafsnit',
])
