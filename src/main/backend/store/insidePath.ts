import { isAbsolute, join, relative, resolve } from 'node:path'
import { AppError } from '../../../shared/model/errors'

/**
 * True when `path` lies strictly inside `base` once both are resolved: not base itself, not a
 * sibling that merely starts with the same letters (data-old/ beside data/), not reached by `..`.
 */
export function isInside(base: string, path: string): boolean {
  if (base.includes('\0') || path.includes('\0')) return false
  const rel = relative(resolve(base), resolve(path))
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)
}

/**
 * The one way the store builds a path from a name that came from outside (an id, a file name):
 * joins it under `base` and refuses, typed, anything that would land outside it. Ids are checked by
 * the contract already; this is the last line should a check be missed or a caller be new.
 */
export function joinInside(base: string, ...segments: string[]): string {
  const unsafe = segments.find((s) => s === '' || s.includes('\0') || /[/\\]/.test(s) || /^\.+$/.test(s))
  const path = join(base, ...segments)
  if (unsafe !== undefined || !isInside(base, path)) {
    throw new AppError('invalid-input', `refusing a path outside ${base}: ${JSON.stringify(segments)}`)
  }
  return path
}
