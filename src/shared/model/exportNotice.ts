/**
 * What the Word export could not do as the plan has it, said after saving so the council can fix
 * it before the consultant sees it. `section` is the heading the picture sits under ('' before the
 * first); `label` its alt text or caption, whatever names it.
 */
export type ExportNotice =
  /** No alt text, no title and no caption: a screen reader has nothing to read for it. */
  | { kind: 'image-without-alt'; section: string; label: string }
  /** Missing, cut off, damaged or of a kind Word cannot show (WebP): a note stands in its place. */
  | { kind: 'image-left-out'; section: string; label: string }
