import { AppError } from '../../../shared/model/errors'
import type { PxCube, PxDimension, TextEncoding } from '../../../shared/model/datapakke'
import { decodeAs } from './decodeText'

/**
 * A small reader of PC-Axis (.px), the format Statistics Denmark's Statbank downloads in (no
 * parser exists on npm). A PX file is `KEYWORD[("lang")][("var")]=value;` statements, values are
 * quoted strings (a long one continues in the next quoted string, often on the next line), lists
 * of them separated by commas, numbers, YES/NO or TLIST(...); DATA comes last as numbers and
 * quoted missing-value codes, in the order of STUB's variables then HEADING's, the last varying
 * fastest. The charset is read first: CODEPAGE when given, else CHARSET="ANSI" means Windows-1252,
 * else UTF-8 if the bytes are valid UTF-8. A file that breaks the grammar is refused with its line.
 */

/** The PX codes for "no figure", with the i18n key of their meaning (PX spec 2013; Statistics
 * Denmark's use), shown in the note under the table. */
export const PX_MISSING: Record<string, string> = {
  '.': 'datapakke:missing.dot1',
  '..': 'datapakke:missing.dot2',
  '...': 'datapakke:missing.dot3',
  '....': 'datapakke:missing.dot4',
  '.....': 'datapakke:missing.dot5',
  '......': 'datapakke:missing.dot6',
  '-': 'datapakke:missing.dash',
  ':': 'datapakke:missing.colon',
}

type Statement = {
  keyword: string
  lang: string | null
  sub: string[]
  values: string[]
  raw: string
  line: number
}

const malformed = (line: number, why: string) =>
  new AppError('invalid-file', `PX line ${line}: ${why}`, { reason: 'px-malformed', line })

export function readPx(bytes: Uint8Array, fileName: string): PxCube {
  if (bytes.length === 0)
    throw new AppError('invalid-file', 'the file is empty', { reason: 'empty-data-file' })
  const text = decodeAs(bytes, pxEncoding(bytes)).replace(/^\uFEFF/, '')
  const statements = parseStatements(text)
  const get = (k: string, sub?: string) =>
    statements.find(
      (s) =>
        s.keyword === k && s.lang === null && (sub === undefined ? s.sub.length === 0 : s.sub[0] === sub),
    )
  const data = statements.find((s) => s.keyword === 'DATA')
  if (!data) throw malformed(lineCount(text), 'no DATA')
  if (statements.some((s) => s.keyword === 'KEYS'))
    throw new AppError('invalid-file', 'PX with KEYS (sparse data)', {
      reason: 'px-unsupported',
      line: data.line,
    })

  const stub = get('STUB')?.values ?? []
  const heading = get('HEADING')?.values ?? []
  const names = [...stub, ...heading]
  if (names.length === 0) throw malformed(data.line, 'no STUB or HEADING')
  const timeVar = statements.find((s) => s.keyword === 'TIMEVAL' && s.lang === null)?.sub[0]
  const dimensions: PxDimension[] = names.map((name) => {
    const values = get('VALUES', name)
    if (!values || values.values.length === 0) throw malformed(data.line, `no VALUES for "${name}"`)
    return { name, values: values.values, time: name === timeVar || /^(tid|time|år|year)$/i.test(name) }
  })
  const expected = dimensions.reduce((n, d) => n * d.values.length, 1)
  const { values, missing } = readData(data, expected)

  const title = get('TITLE')?.values.join('') ?? get('CONTENTS')?.values.join('') ?? fileName
  const matrix = get('MATRIX')?.values.join('') ?? ''
  const updated = /(\d{4})/.exec(
    get('LAST-UPDATED')?.values.join('') ?? get('CREATION-DATE')?.values.join('') ?? '',
  )
  const sourceName = get('SOURCE')?.values.join('') ?? ''
  const source = sourceName ? ['Kilde: ' + sourceName, matrix, updated?.[1]].filter(Boolean).join(', ') : ''
  return {
    title,
    source,
    unit: get('UNITS')?.values.join('') ?? '',
    dimensions,
    data: values,
    missing: [...missing].map((code) => ({ code, meaning: PX_MISSING[code] ?? code })),
  }
}

/** The encoding the file says it has, read from its ASCII keywords before decoding the rest. */
function pxEncoding(bytes: Uint8Array): TextEncoding {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096))
  const codepage = /CODEPAGE\s*=\s*"([^"]*)"/i.exec(head)?.[1].toLowerCase().replace(/[_ ]/g, '-')
  if (codepage === 'utf-8' || codepage === 'utf8') return 'utf-8'
  if (codepage && /^(iso-8859-1|windows-1252|cp1252|latin1|ansi)$/.test(codepage)) return 'windows-1252'
  if (/CHARSET\s*=\s*"ANSI"/i.test(head)) return 'windows-1252'
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return 'utf-8'
  } catch {
    // Not UTF-8 (TextDecoder's TypeError) and no charset said: the PX default for old files is an
    // 8-bit charset; Windows-1252 reads æøå right for Danish ones.
    return 'windows-1252'
  }
}

/** A line that begins like `KEYWORD=`, `KEYWORD("var")=` or `KEYWORD[en]=`. */
const NEXT_STATEMENT = /^\s*[A-Z][A-Z0-9-]*(?:\[[^\]\n]*\])?(?:\([^)\n]*\))?\s*=/

const lineCount = (text: string) => text.split('\n').length

/** Cuts the file into statements, each with its keyword's line; quotes may hold ';' and '='. */
function parseStatements(text: string): Statement[] {
  const out: Statement[] = []
  let i = 0
  let line = 1
  const n = text.length
  while (i < n) {
    // Skip whitespace between statements.
    while (i < n && /\s/.test(text[i])) {
      if (text[i] === '\n') line++
      i++
    }
    if (i >= n) break
    const startLine = line
    const eq = text.indexOf('=', i)
    if (eq < 0) throw malformed(startLine, 'a keyword without "="')
    const head = text.slice(i, eq)
    if (head.includes(';') || head.includes('\n'))
      throw malformed(startLine, `"${head.trim().slice(0, 40)}" is not KEYWORD=`)
    const m = /^([A-Z][A-Z0-9-]*)(?:\[([^\]]*)\])?(?:\((.*)\))?\s*$/i.exec(head.trim())
    if (!m) throw malformed(startLine, `"${head.trim().slice(0, 40)}" is not a keyword`)
    const keyword = m[1].toUpperCase()
    const sub = m[3] ? splitQuoted(m[3], startLine) : []
    // The value runs to the first ';' outside quotes.
    let j = eq + 1
    let quoted = false
    for (; j < n; j++) {
      const ch = text[j]
      if (ch === '\n') {
        line++
        if (quoted && keyword !== 'DATA') throw malformed(line - 1, 'a quoted text runs over the line end')
        // A next line that starts a statement means this one lost its ';'.
        if (!quoted && keyword !== 'DATA' && NEXT_STATEMENT.test(text.slice(j + 1, j + 200)))
          throw malformed(line - 1, `${keyword} has no closing ";"`)
      }
      if (ch === '"') quoted = !quoted
      else if (ch === ';' && !quoted) break
    }
    if (j >= n) throw malformed(startLine, `${keyword} has no closing ";"`)
    const raw = text.slice(eq + 1, j)
    const values = keyword === 'DATA' ? [] : splitQuoted(raw, startLine)
    out.push({ keyword, lang: m[2] ?? null, sub, values, raw, line: startLine })
    i = j + 1
    if (keyword === 'DATA') break
  }
  return out
}

/**
 * A value as its strings: `"a","b"` is two, `"a" "b"` or `"a"\n"b"` is one ("ab", a long text
 * continued), a bare word (a number, YES, TLIST(A1)) is itself.
 */
function splitQuoted(raw: string, line: number): string[] {
  const out: string[] = []
  let current: string | null = null
  let i = 0
  while (i < raw.length) {
    const ch = raw[i]
    if (ch === '"') {
      const end = raw.indexOf('"', i + 1)
      if (end < 0) throw malformed(line, 'a quote is not closed')
      current = (current ?? '') + raw.slice(i + 1, end)
      i = end + 1
    } else if (ch === ',') {
      if (current !== null) out.push(current)
      current = null
      i++
    } else if (/\s/.test(ch)) i++
    else {
      let j = i
      while (j < raw.length && raw[j] !== ',' && !/\s/.test(raw[j])) {
        if (raw[j] === '(') j = Math.max(j, raw.indexOf(')', j))
        if (j < 0) throw malformed(line, 'a parenthesis is not closed')
        j++
      }
      current = (current ?? '') + raw.slice(i, j)
      i = j
    }
  }
  if (current !== null) out.push(current)
  return out
}

function readData(data: Statement, expected: number): { values: (number | null)[]; missing: Set<string> } {
  const values: (number | null)[] = []
  const missing = new Set<string>()
  let line = data.line
  const re = /"([^"]*)"|([^\s,"]+)|(\n)/g
  let m: RegExpExecArray | null
  while ((m = re.exec(data.raw)) !== null) {
    if (m[3]) {
      line++
      continue
    }
    const token = m[1] ?? m[2]
    if (m[1] === undefined && /^-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i.test(token)) {
      values.push(Number(token))
    } else if (token in PX_MISSING) {
      values.push(null)
      missing.add(token)
    } else if (m[1] !== undefined && /^-?\d+(?:\.\d+)?$/.test(token)) {
      values.push(Number(token))
    } else {
      throw malformed(line, `"${token.slice(0, 20)}" in DATA is neither a number nor a missing-value code`)
    }
    if (values.length > expected) throw malformed(line, `more than the ${expected} figures the VALUES give`)
  }
  if (values.length < expected) throw malformed(line, `${values.length} figures, the VALUES give ${expected}`)
  return { values, missing }
}
