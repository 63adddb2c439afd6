/** One line of the log: time, level, where, message. A line is always one line (a stack's line
 * breaks become " | ") and bounded, so a runaway message cannot fill the disk or break the format. */
export type LogLevel = 'info' | 'warn' | 'error'

export const MAX_LINE_CHARS = 8000

/** Where something happened: a short kebab/dotted name such as "main", "renderer:editor/comments". */
const WHERE = /^[a-z0-9:./-]{1,80}$/

export function logLine(at: Date, level: LogLevel, where: string, message: string): string {
  const place = WHERE.test(where) ? where : 'unknown'
  const flat = message
    .replace(/\r?\n\s*/g, ' | ')
    // Other control characters would let a message forge a line or colour a terminal.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
  const line = `${at.toISOString()} ${level.toUpperCase().padEnd(5)} ${place} ${flat}`
  return (line.length > MAX_LINE_CHARS ? `${line.slice(0, MAX_LINE_CHARS - 1)}…` : line) + '\n'
}

/** An error as the log keeps it: its name, message and stack (the stack already starts with both). */
export function describeError(err: unknown): string {
  if (err instanceof Error)
    return err.stack && err.stack.includes(err.message) ? err.stack : `${err.name}: ${err.message}`
  return typeof err === 'string' ? err : (JSON.stringify(err) ?? String(err))
}
