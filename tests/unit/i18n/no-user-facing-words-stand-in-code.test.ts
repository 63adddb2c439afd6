import { describe, expect, it } from 'vitest'
import ts from 'typescript'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { danishWordsIn } from '../../fixtures/danishWords'

const root = join(__dirname, '../../..')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) return sourceFiles(p)
    return /\.tsx?$/.test(name) && !/\.d\.ts$/.test(name) ? [p] : []
  })
}

/** The product's name is the same in both languages. */
const NAMES = ['Planværksted']

/** Word's own Danish style names, which the import recognises in a file; nobody is shown them. */
const RECOGNISED_NOT_SHOWN = ['src/main/backend/import/styleMap.ts']

/** Properties whose value a user reads: a dialog's title and file types, a menu item, a window. */
const SHOWN_PROPERTIES = new Set(['title', 'label', 'name', 'defaultName', 'buttonLabel'])
/** Calls whose arguments a user reads; in a message box its message and detail too (elsewhere a
 * `message` is an error's, for the developer). */
const SHOWN_CALLS = new Set(['showErrorBox', 'showMessageBox', 'showMessageBoxSync'])
const MESSAGE_BOX_PROPERTIES = new Set(['message', 'detail', 'buttons'])

function insideShownCall(n: ts.Node): boolean {
  for (let p = n.parent; p && !ts.isSourceFile(p); p = p.parent)
    if (ts.isCallExpression(p) && SHOWN_CALLS.has(p.expression.getText().split('.').pop() ?? '')) return true
  return false
}

type Literal = { file: string; line: number; text: string; node: ts.Node }

function literalsIn(file: string, source: string): Literal[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind)
  const out: Literal[] = []
  const visit = (n: ts.Node) => {
    if (ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) return
    let text: string | null = null
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isJsxText(n)) text = n.text
    else if (ts.isTemplateExpression(n))
      text = [n.head.text, ...n.templateSpans.map((s) => s.literal.text)].join(' ')
    if (text !== null) {
      const line = sf.getLineAndCharacterOfPosition(n.getStart()).line + 1
      out.push({ file: relative(root, file), line, text, node: n })
      if (ts.isTemplateExpression(n)) return
    }
    ts.forEachChild(n, visit)
  }
  visit(sf)
  return out
}

/** A developer's message (an error, a log line): the UI words errors by their reason instead. */
function isDeveloperMessage(n: ts.Node): boolean {
  for (let p = n.parent; p && !ts.isBlock(p) && !ts.isSourceFile(p); p = p.parent) {
    if (ts.isNewExpression(p) || ts.isCallExpression(p)) {
      const callee = ts.isNewExpression(p) ? p.expression : p.expression
      const name = callee.getText()
      if (/(^|\.)(AppError|Error|TypeError|RangeError)$/.test(name)) return true
      if (/^console\./.test(name)) return true
      if (/^(invalid|damaged|refused|fail|problem)$/.test(name)) return true
    }
  }
  return false
}

/** Markup the export writes (<w:ind …/>): tag names are not words. */
const isMarkup = (text: string) => /<\/?[a-z]+:[a-zA-Z]+/.test(text)

/** Where the literal is read by a user in the main process: a dialog option, a menu label. */
function shownPlace(n: ts.Node): string | null {
  const p = n.parent
  if (ts.isPropertyAssignment(p) && p.initializer === n) {
    const key = p.name.getText().replace(/['"]/g, '')
    if (SHOWN_PROPERTIES.has(key)) return key
    if (MESSAGE_BOX_PROPERTIES.has(key) && insideShownCall(n)) return key
  }
  if (ts.isArrayLiteralExpression(p) && insideShownCall(n)) return 'buttons'
  if (ts.isCallExpression(p) && p.arguments.includes(n as ts.Expression)) {
    const callee = p.expression.getText().split('.').pop() ?? ''
    if (SHOWN_CALLS.has(callee)) return callee
  }
  return null
}

/** Words, not an identifier, a path or a code: a space between letters, or a capitalised word. */
const looksLikeWords = (text: string) => /\p{L}{2,} \p{L}/u.test(text) || /^\p{Lu}\p{Ll}+/u.test(text)
/** A sentence-case English phrase ("Save the plan", "Untitled initiative"). */
const englishPhrase = (text: string) => /(^|[[(:] ?)[A-Z][a-z]+ [a-z]{2,}( [a-z]+)*/.test(text)

export type Finding = { where: string; text: string; why: string }

/** An id, a class, a file or template name ("lokal-udviklingsplan", "billede.png"): not shown. */
const isIdentifier = (text: string) => /^[a-z0-9]+([-._][a-z0-9]+)+$/.test(text)
const NOT_SHOWN_ATTRIBUTES = new Set(['className', 'id', 'key', 'type', 'name', 'htmlFor', 'role'])
const inHiddenAttribute = (n: ts.Node) =>
  ts.isJsxAttribute(n.parent) && NOT_SHOWN_ATTRIBUTES.has(n.parent.name.getText())

/** The renderer words everything with i18next: a Danish word in its code was never translated. */
export function rendererWordsInCode(file: string, source: string): Finding[] {
  return literalsIn(file, source)
    .filter((lit) => !isIdentifier(lit.text) && !inHiddenAttribute(lit.node))
    .map((lit) => ({ lit, danish: danishWordsIn(lit.text) }))
    .filter(({ danish }) => danish.length > 0)
    .map(({ lit, danish }) => ({
      where: `${lit.file}:${lit.line}`,
      text: lit.text,
      why: `Danish words ${danish.join(', ')}`,
    }))
}

/** Every literal in a file that a user would read, and should come from the locale files instead. */
export function wordsInCode(file: string, source: string): Finding[] {
  const rel = relative(root, file)
  const shell = rel.startsWith('src/main/') && !rel.startsWith('src/main/backend/')
  const documentText = rel.startsWith('src/main/backend/export/') || rel.startsWith('src/shared/derive/')
  const findings: Finding[] = []
  for (const lit of literalsIn(file, source)) {
    if (isMarkup(lit.text) || isDeveloperMessage(lit.node)) continue
    const text = NAMES.reduce((s, name) => s.split(name).join(' '), lit.text)
    const where = `${lit.file}:${lit.line}`
    const danish = danishWordsIn(text)
    const place = shell ? shownPlace(lit.node) : null
    if (danish.length > 0 && !RECOGNISED_NOT_SHOWN.includes(rel))
      findings.push({ where, text: lit.text, why: `Danish words ${danish.join(', ')}` })
    else if (place && looksLikeWords(text))
      findings.push({ where, text: lit.text, why: `words in '${place}' shown to the user` })
    else if (documentText && englishPhrase(text))
      findings.push({ where, text: lit.text, why: 'an English phrase in text the export writes' })
  }
  return findings
}

describe('no user-facing word stands in code', () => {
  it('main, the backend and shared code take every shown word from src/shared/i18n/locales', () => {
    const files = [...sourceFiles(join(root, 'src/main')), ...sourceFiles(join(root, 'src/shared'))]
    const findings = files.flatMap((f) => wordsInCode(f, readFileSync(f, 'utf8')))
    expect(findings).toEqual([])
    // Parsing every file takes a few seconds on a busy machine; this is not a speed test.
  }, 60_000)

  it('the renderer takes every word from the locale files too', () => {
    const files = sourceFiles(join(root, 'src/renderer/src'))
    expect(files.flatMap((f) => rendererWordsInCode(f, readFileSync(f, 'utf8')))).toEqual([])
  }, 60_000)

  it('finds a word the renderer forgot to translate, and leaves its ids alone', () => {
    const file = join(root, 'src/renderer/src/features/editor/nodes/InitiativeFieldGrid.tsx')
    expect(rendererWordsInCode(file, 'const a = <AmountField unit="uden moms" />')).not.toEqual([])
    expect(rendererWordsInCode(file, 'const a = <p>Ingen forslag</p>')).not.toEqual([])
    expect(rendererWordsInCode(file, "const ids = ['lokal-udviklingsplan', 'billede.png']")).toEqual([])
    expect(rendererWordsInCode(file, 'const a = <div className="kommentarer" />')).toEqual([])
  })

  // The scan must see what it is for, or an empty list above proves nothing.
  it.each([
    ['src/main/handlers/plans.ts', "host.showOpenDialog({ title: 'Gem plan', filters: [] })"],
    ['src/main/handlers/plans.ts', "host.showSaveDialog({ title: 'Save the plan', defaultName: 'x' })"],
    ['src/main/menu.ts', "const item = { role: 'quit', label: 'Quit' }"],
    ['src/main/lifecycle.ts', "dialog.showErrorBox('Could not start', detail)"],
    ['src/main/quit.ts', "dialog.showMessageBox(win, { message: 'Quit now?', buttons: ['Quit', 'Wait'] })"],
    ['src/main/backend/export/docx/cover.ts', "const line = 'Kommune: ' + meta.municipality"],
    ['src/main/backend/export/docx/cover.ts', 'const line = `Review copy of ${title}`'],
    ['src/shared/derive/format.ts', "const s = lang === 'da' ? `fra ${a}` : `from ${a}`"],
    ['src/main/backend/packages/packageService.ts', 'const title = `${old} (kopi)`'],
  ])('finds the words in %s: %s', (file, code) => {
    expect(wordsInCode(join(root, file), code)).not.toEqual([])
  })

  it.each([
    ['src/main/handlers/plans.ts', "host.showOpenDialog({ title: t(lang, 'import:button.label') })"],
    ['src/main/lifecycle.ts', "createMainWindow({ title: 'Planværksted' })"],
    ['src/main/menu.ts', "const item = { role: 'zoomIn', accelerator: 'CommandOrControl+Shift+Plus' }"],
    ['src/main/backend/store/library.ts', "throw new AppError('io', 'Could not write the library file')"],
    ['src/main/ipc.ts', "const e = { code: 'forbidden-sender', message: `IPC from a frame outside: ${u}` }"],
    ['src/main/backend/export/docx/xml.ts', 'const x = `<w:ind w:left="${n}"/>`'],
    ['src/main/backend/export/docx/styles.ts', "const style = { id: 'Heading1', name: 'Table Grid' }"],
  ])('leaves alone what no user reads in %s: %s', (file, code) => {
    expect(wordsInCode(join(root, file), code)).toEqual([])
  })
})
