import { join } from 'node:path'
import { AppError } from '../../../shared/model/errors'
import { PlanId } from '../../../shared/model/ids'
import { joinInside } from '../store/insidePath'

/** Where a plan's files live. Every path is built from a checked id, and through joinInside, so
 * no id can name a file outside its folder. */
export class PlanPaths {
  constructor(readonly dataDir: string) {}

  get plansDir(): string {
    return join(this.dataDir, 'plans')
  }

  /** The home list's summaries (planIndex.ts). Beside plans/, not in it: `index.json` there would
   * be the file of a plan with the id "index". */
  get indexFile(): string {
    return join(this.dataDir, 'plans-index.json')
  }

  file(id: string): string {
    return joinInside(this.plansDir, `${checkedId(id)}.json`)
  }

  folder(id: string): string {
    return joinInside(this.plansDir, checkedId(id))
  }

  assetsDir(id: string): string {
    return joinInside(this.folder(id), 'assets')
  }

  /** `backups/<id>/`: the plan's rolling generations. */
  backupsDir(id: string): string {
    return joinInside(join(this.dataDir, 'backups'), checkedId(id))
  }

  /** `backups/<id>/versions/`: the plan's named versions. */
  versionsDir(id: string): string {
    return joinInside(this.backupsDir(id), 'versions')
  }

  /** `trash/`: deleted plans, each as `<id>.<stamp>` with its parts (trash/trashNames.ts). */
  get trashDir(): string {
    return join(this.dataDir, 'trash')
  }

  /** The plan id a file in plans/ belongs to, or null for anything else (temp files, folders). */
  static idOfFile(name: string): string | null {
    const m = /^([a-zA-Z0-9_-]{1,64})\.json$/.exec(name)
    return m ? m[1] : null
  }
}

function checkedId(id: string): string {
  if (!PlanId.safeParse(id).success) {
    throw new AppError('invalid-input', `refusing unsafe plan id: ${JSON.stringify(id).slice(0, 100)}`)
  }
  return id
}
