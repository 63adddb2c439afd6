import { AppError } from '../../../shared/model/errors'

const POISON = new Set(['__proto__', 'constructor', 'prototype'])

/**
 * JSON.parse for files from elsewhere: keys that could reach an object's prototype are dropped
 * while parsing, so no later spread, merge or clone of the result can pollute Object.prototype.
 */
export function parseUntrustedJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text, (key, value: unknown) => (POISON.has(key) ? undefined : value))
  } catch {
    throw new AppError('invalid-file', `${what} is not valid JSON`, { reason: 'not-json', part: what })
  }
}
