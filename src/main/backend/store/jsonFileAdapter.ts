import type { Adapter } from 'lowdb'
import type { Fs } from './fsFacade'
import { errnoCode } from './fsFacade'
import { writeFileAtomic } from './atomicWrite'
import { toIoError } from './ioError'
import { CorruptFileError } from './corruptFile'
import { AppError } from '../../../shared/model/errors'

export type Codec<T> = {
  /** Checks a parsed value; throws (any error) when it is not a valid T. */
  decode(value: unknown): T
  encode(data: T): unknown
}

/**
 * lowdb adapter of our own around one JSON file. Unlike lowdb's presets it never falls back to
 * memory, writes atomically with fsync, and refuses to hand out a file it cannot validate: a bad
 * file surfaces as CorruptFileError so the caller can move it aside instead of writing over it.
 */
export class JsonFileAdapter<T> implements Adapter<T> {
  constructor(
    private readonly fs: Fs,
    readonly path: string,
    private readonly codec: Codec<T>,
  ) {}

  async read(): Promise<T | null> {
    let bytes: Buffer
    try {
      bytes = await this.fs.readFile(this.path)
    } catch (err) {
      if (errnoCode(err) === 'ENOENT') return null
      // A bad sector, or a folder where the file should be: there, but not something we can read.
      if (errnoCode(err) === 'EIO' || errnoCode(err) === 'EISDIR') {
        throw new CorruptFileError('unreadable', this.path, '', String(err))
      }
      throw toIoError(err, `reading ${this.path}`)
    }
    const raw = bytes.toString('utf8')
    if (raw.trim() === '') throw new CorruptFileError('unreadable', this.path, raw, 'empty file')
    let value: unknown
    try {
      value = JSON.parse(raw)
    } catch (err) {
      throw new CorruptFileError('not-json', this.path, raw, String(err))
    }
    try {
      return this.codec.decode(value)
    } catch (err) {
      // A codec may refuse with a reason of its own (a plan from a newer app is not corrupt).
      if (err instanceof AppError) throw err
      throw new CorruptFileError('invalid', this.path, raw, err instanceof Error ? err.message : String(err))
    }
  }

  async write(data: T): Promise<void> {
    await writeFileAtomic(this.fs, this.path, JSON.stringify(this.codec.encode(data)))
  }
}
