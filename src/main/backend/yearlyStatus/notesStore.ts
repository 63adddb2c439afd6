import { AppError } from '../../../shared/model/errors'
import { YearlyStatusNotes } from '../../../shared/model/yearlyStatus'
import { PlanPaths } from '../plans/planPaths'
import { errnoCode, type Fs } from '../store/fsFacade'
import { writeFileAtomic } from '../store/atomicWrite'
import { toIoError } from '../store/ioError'
import { joinInside } from '../store/insidePath'
import { keyedQueue } from '../plans/keyedQueue'

/**
 * The comments of a plan's Årlig status, in `plans/<id>/yearly-status.json` beside its images and
 * meeting record: apart from the plan file so writing a comment never bumps the plan's rev (the
 * editor may be saving at the same moment). Written atomically; a file that fails its schema is
 * refused with a reason, never overwritten with an empty one.
 */
export function createYearlyStatusStore(fs: Fs, dataDir: string) {
  const paths = new PlanPaths(dataDir)
  const serial = keyedQueue()
  const file = (planId: string) => joinInside(paths.folder(planId), 'yearly-status.json')

  async function get(planId: string): Promise<YearlyStatusNotes> {
    let raw: string
    try {
      raw = await fs.readFile(file(planId), 'utf8')
    } catch (err) {
      if (errnoCode(err) === 'ENOENT') return { comments: {} }
      throw toIoError(err, 'reading the yearly status comments')
    }
    let parsed: unknown
    try {
      parsed = JSON.parse(raw)
    } catch {
      throw new AppError('invalid-file', `${file(planId)} is not JSON`, {
        reason: 'yearly-status-unreadable',
      })
    }
    const result = YearlyStatusNotes.safeParse(parsed)
    if (!result.success) {
      throw new AppError('invalid-file', `${file(planId)}: ${result.error.message}`, {
        reason: 'yearly-status-unreadable',
      })
    }
    return result.data
  }

  function save(planId: string, notes: YearlyStatusNotes): Promise<YearlyStatusNotes> {
    // Empty comments are not kept: a cleared field is no comment.
    const comments = Object.fromEntries(Object.entries(notes.comments).filter(([, v]) => v.trim() !== ''))
    const clean = { comments }
    return serial(planId, async () => {
      try {
        await fs.mkdir(paths.folder(planId), { recursive: true })
      } catch (err) {
        throw toIoError(err, 'creating the plan folder for the yearly status')
      }
      await writeFileAtomic(fs, file(planId), JSON.stringify(clean, null, 2))
      return clean
    })
  }

  return { get, save }
}

export type YearlyStatusStore = ReturnType<typeof createYearlyStatusStore>
