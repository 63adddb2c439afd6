import type { CommandName, Output, ParsedInput } from '../../shared/api'

/** One async function per contract command, taking the already-parsed input. */
export type Handlers = { [K in CommandName]: (input: ParsedInput<K>) => Promise<Output<K>> }

/** The handlers of some of the commands; handlers.ts merges them and the compiler checks all are there. */
export type HandlersFor<K extends CommandName> = Pick<Handlers, K>
