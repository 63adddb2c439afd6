import './print.css'

/**
 * Prints the plan's text through the system's print dialog (window.print: Electron shows the
 * native one; "Gem som PDF" is there too). What prints is laid out by print.css like the Word
 * export's body. The window title becomes the plan's, so a PDF printer suggests the plan's name.
 */
export function printPlan(title?: string): void {
  const before = document.title
  if (title) document.title = title
  try {
    window.print()
  } finally {
    document.title = before
  }
}
