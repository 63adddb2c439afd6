/**
 * The text Word shows for a stretch of WordprocessingML, gathered from scan events: the text of
 * w:t runs (or w:delText for deleted runs), a space for each tab, break and paragraph end. A tab
 * counts only as run content: the w:tab elements of a paragraph's tab stops are not text. Parts are
 * kept in an array and joined once, so gathering stays linear however many runs there are.
 */
export class VisibleText {
  private parts: string[] = []

  constructor(private readonly textElement: 'w:t' | 'w:delText' = 'w:t') {}

  open(name: string, parent: string): void {
    if ((name === 'w:tab' || name === 'w:br') && parent === 'w:r') this.parts.push(' ')
  }

  close(name: string): void {
    if (name === 'w:p') this.parts.push(' ')
  }

  text(text: string, parent: string): void {
    if (parent === this.textElement) this.parts.push(text)
  }

  /** One space for any run of white space, none at the ends. */
  value(): string {
    return this.parts.join('').replace(/\s+/g, ' ').trim()
  }
}
