import { commands, isCommandName, type CommandName } from '../../shared/api'
import { AppError, toEnvelopeError, type Envelope } from '../../shared/model/errors'
import type { Handlers } from '../handlers/types'

/**
 * The one way into the handlers, shared by Electron's IPC channel and the e2e harness so the two
 * bridges cannot differ: unknown names are refused, every input is parsed with the contract before
 * any handler runs, and every failure comes back as an envelope with a code.
 */
export async function dispatch(
  handlers: Handlers,
  name: unknown,
  input: unknown,
  /** Where an unexpected (non-AppError) failure is written down: the shell's log. */
  onInternal: (name: CommandName, err: unknown) => void = (name, err) =>
    console.error(`[dispatch] ${name} failed`, err),
): Promise<Envelope<unknown>> {
  if (!isCommandName(name)) {
    return toEnvelopeError(new AppError('unknown-command', `unknown command: ${String(name).slice(0, 100)}`))
  }
  const parsed = commands[name].input.safeParse(input)
  if (!parsed.success) {
    return toEnvelopeError(new AppError('invalid-input', `invalid input for ${name}`, parsed.error.issues))
  }
  try {
    const handler = handlers[name] as (input: unknown) => Promise<unknown>
    const value = await handler(parsed.data)
    return { ok: true, value }
  } catch (err) {
    if (!(err instanceof AppError)) onInternal(name, err)
    return toEnvelopeError(err)
  }
}
