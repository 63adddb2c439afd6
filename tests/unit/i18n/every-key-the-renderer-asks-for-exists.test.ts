import { describe, expect, it } from 'vitest'
import ts from 'typescript'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { resources } from '../../../src/shared/i18n/resources'

/**
 * Main, backend and shared code look texts up with a typed key (src/shared/i18n/translate.ts), so a
 * missing key does not compile. The renderer uses i18next, whose key types would need every
 * component to list each namespace it borrows from; instead this test reads every key the renderer
 * names and finds it in the Danish files (English has the same keys: the parity test).
 */
const root = join(__dirname, '../../..')
const da = resources.da as Record<string, unknown>

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) return sourceFiles(p)
    return /\.tsx?$/.test(name) && !/\.d\.ts$/.test(name) ? [p] : []
  })
}

function nodeAt(ns: string, path: string): unknown {
  let node: unknown = da[ns]
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<string, unknown>)[part]
  }
  return node
}

/** A text, or the stem of plural forms ("total" for "total_one"/"total_other"). */
function hasText(ns: string, path: string): boolean {
  if (typeof nodeAt(ns, path) === 'string') return true
  return typeof nodeAt(ns, `${path}_one`) === 'string' && typeof nodeAt(ns, `${path}_other`) === 'string'
}

/** The start of a key built at run time ("status." + s) names an object of texts. */
function hasGroup(ns: string, prefix: string): boolean {
  const path = prefix.replace(/\.$/, '')
  const node = path === '' ? da[ns] : nodeAt(ns, path)
  return node !== null && typeof node === 'object'
}

type Asked = { where: string; key: string; whole: boolean }

/** The namespaces a file's useTranslation() calls or TFunction<'ns'> parameters name; i18next's
 * default is 'common'. */
function namespacesOf(sf: ts.SourceFile): string[] {
  const found: string[] = []
  const visit = (n: ts.Node) => {
    if (ts.isCallExpression(n) && n.expression.getText() === 'useTranslation') {
      const arg = n.arguments[0]
      if (arg && ts.isStringLiteral(arg)) found.push(arg.text)
      if (arg && ts.isArrayLiteralExpression(arg))
        for (const e of arg.elements) if (ts.isStringLiteral(e)) found.push(e.text)
    }
    if (ts.isTypeReferenceNode(n) && n.typeName.getText() === 'TFunction') {
      const arg = n.typeArguments?.[0]
      if (arg && ts.isLiteralTypeNode(arg) && ts.isStringLiteral(arg.literal)) found.push(arg.literal.text)
    }
    ts.forEachChild(n, visit)
  }
  visit(sf)
  return found.length ? found : ['common']
}

function keysAskedIn(file: string, source: string): { asked: Asked[]; namespaces: string[] } {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind)
  const asked: Asked[] = []
  const where = (n: ts.Node) =>
    `${relative(root, file)}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`
  const take = (arg: ts.Expression | undefined) => {
    if (!arg) return
    if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg))
      asked.push({ where: where(arg), key: arg.text, whole: true })
    else if (ts.isTemplateExpression(arg) && arg.head.text)
      asked.push({ where: where(arg), key: arg.head.text, whole: false })
    else if (ts.isConditionalExpression(arg)) {
      take(arg.whenTrue)
      take(arg.whenFalse)
    } else if (ts.isArrayLiteralExpression(arg)) arg.elements.forEach((e) => take(e as ts.Expression))
  }
  const visit = (n: ts.Node) => {
    if (ts.isCallExpression(n)) {
      const callee = n.expression.getText()
      // t(…), tc(…), i18n.t(…), i18next.t(…): the translate functions the renderer names.
      if (/^(t|t[A-Z]\w*|tc|i18n\.t|i18next\.t)$/.test(callee)) take(n.arguments[0])
    }
    if (
      ts.isJsxAttribute(n) &&
      n.name.getText() === 'i18nKey' &&
      n.initializer &&
      ts.isStringLiteral(n.initializer)
    )
      take(n.initializer)
    ts.forEachChild(n, visit)
  }
  visit(sf)
  return { asked, namespaces: namespacesOf(sf) }
}

function missingIn(file: string, source = readFileSync(file, 'utf8')): string[] {
  const { asked, namespaces } = keysAskedIn(file, source)
  return asked
    .filter(({ key, whole }) => {
      const colon = key.indexOf(':')
      const candidates =
        colon > 0 ? [[key.slice(0, colon), key.slice(colon + 1)]] : namespaces.map((ns) => [ns, key])
      return !candidates.some(([ns, path]) => (whole ? hasText(ns, path) : hasGroup(ns, path)))
    })
    .map(({ where, key, whole }) => `${where} ${whole ? key : `${key}…`}`)
}

const COMPONENT_WITH_MISSING_KEYS = `import { useTranslation } from 'react-i18next'

export function Example({ status }: { status: string }) {
  const { t } = useTranslation('settings')
  return (
    <p title={t('language.lable')} aria-label={t('common:actions.nope')}>
      {t('language.label')} {t('focus:status.done')} {t(\`focus:statuses.\${status}\`)} {t('common:actions.save')}
    </p>
  )
}
`

describe('the renderer', () => {
  it('asks only for texts the locale files have', () => {
    const files = sourceFiles(join(root, 'src/renderer/src'))
    expect(files.flatMap((f) => missingIn(f))).toEqual([])
  }, 60_000)

  it('is read closely enough to find a key that is not there', () => {
    // The check itself: a component with a misspelt key, another namespace's key, a built key.
    const file = join(root, 'src/renderer/src/features/settings/Example.tsx')
    expect(missingIn(file, COMPONENT_WITH_MISSING_KEYS)).toEqual([
      expect.stringMatching(/:6 language\.lable$/),
      expect.stringMatching(/:6 common:actions\.nope$/),
      expect.stringMatching(/:7 focus:statuses\.…$/),
    ])
  })
})
