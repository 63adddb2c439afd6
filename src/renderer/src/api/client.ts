import type { Api, CommandName, Input, Output } from '../../../shared/api'
import { commandNames } from '../../../shared/api'
import type { ErrorCode } from '../../../shared/model/errors'

/** A failed command, with a code the UI translates (`errors:<code>`). */
export class ApiError extends Error {
  constructor(
    public readonly code: ErrorCode,
    message: string,
    public readonly details?: unknown,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

async function call<K extends CommandName>(name: K, input: Input<K>): Promise<Output<K>> {
  const raw = window.api?.[name] as ((i: Input<K>) => Promise<unknown>) | undefined
  if (!raw) throw new ApiError('internal', `window.api.${name} is missing`)
  let envelope: unknown
  try {
    envelope = await raw(input)
  } catch (e) {
    // The bridge itself failed (main process gone, serialisation): still a typed error for the UI.
    throw new ApiError('internal', e instanceof Error ? e.message : String(e))
  }
  const env = envelope as {
    ok: boolean
    value?: unknown
    error?: { code: ErrorCode; message: string; details?: unknown }
  }
  if (env && env.ok) return env.value as Output<K>
  const err = env?.error ?? { code: 'internal' as const, message: 'malformed reply' }
  throw new ApiError(err.code, err.message, err.details)
}

/** The renderer's view of the contract: one async function per command, errors thrown as ApiError. */
export const api = Object.fromEntries(
  commandNames.map((name) => [name, (input: unknown) => call(name, input as never)]),
) as unknown as Api

export function errorCode(e: unknown): ErrorCode {
  return e instanceof ApiError ? e.code : 'internal'
}
