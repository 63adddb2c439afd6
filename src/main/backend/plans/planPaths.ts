import { join, resolve, sep } from 'node:path'
import { PlanId } from '../../../shared/model/ids'

/** Where a plan's files live. Every path is built from a checked id, never from raw input. */
export class PlanPaths {
  constructor(readonly dataDir: string) {}

  get plansDir(): string {
    return join(this.dataDir, 'plans')
  }

  file(id: string): string {
    return join(this.plansDir, `${checkedId(id)}.json`)
  }

  folder(id: string): string {
    return join(this.plansDir, checkedId(id))
  }

  assetsDir(id: string): string {
    return join(this.folder(id), 'assets')
  }

  /** The plan id a file in plans/ belongs to, or null for anything else (temp files, folders). */
  static idOfFile(name: string): string | null {
    const m = /^([a-z0-9_-]{1,64})\.json$/.exec(name) // the PlanId character set
    return m ? m[1] : null
  }

  /** True when `path` lies strictly inside `folder` once both are resolved. */
  static isInside(folder: string, path: string): boolean {
    const root = resolve(folder) + sep
    return resolve(path).startsWith(root)
  }
}

function checkedId(id: string): string {
  if (!PlanId.safeParse(id).success) throw new Error(`refusing unsafe plan id: ${JSON.stringify(id)}`)
  return id
}
