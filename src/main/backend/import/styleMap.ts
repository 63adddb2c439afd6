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
  "p[style-name='CoverMeta'] => p.covermeta:fresh",
  "p[style-name='TOCHeading'] => p.tocheading:fresh",
  "p[style-name='TOC Heading'] => p.tocheading:fresh",
  "p[style-name='Overskrift til indholdsfortegnelse'] => p.tocheading:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Citat'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "p[style-name='Strakt citat'] => blockquote > p:fresh",
  "p[style-name='Quotations'] => blockquote > p:fresh",
  // LibreOffice's and Word's everyday styles: plain paragraphs, no need to report them.
  "p[style-name='Body Text'] => p:fresh",
  "p[style-name='Brødtekst'] => p:fresh",
  "p[style-name='Table Contents'] => p:fresh",
  "p[style-name='Table Heading'] => p:fresh",
  "p[style-name='HorizontalRule'] => p.rule:fresh",
  "p[style-name='Note'] => p.note:fresh",
  "p[style-name='TableGap'] => !",
  "p[style-name='ListContinue'] => p:fresh",
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
