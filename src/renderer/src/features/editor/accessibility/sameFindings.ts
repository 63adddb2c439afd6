import type { Finding } from '../../../../../shared/derive/accessibility/accessibilityFindings'

const samePath = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((x, i) => x === b[i])

const sameValues = (a: Finding['values'], b: Finding['values']) => {
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k])
}

const sameFix = (a: Finding['fix'], b: Finding['fix']) =>
  a === b ||
  (!!a && !!b && a.kind === b.kind && (a as { level?: number }).level === (b as { level?: number }).level)

/** Whether two lists of findings say the same things at the same places: typing in a long plan
 * seldom changes them, and the panel need not render a list equal to the one it shows. */
export function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (f, i) =>
        f.kind === b[i].kind &&
        f.nodeType === b[i].nodeType &&
        samePath(f.path, b[i].path) &&
        sameValues(f.values, b[i].values) &&
        sameFix(f.fix, b[i].fix),
    )
  )
}
