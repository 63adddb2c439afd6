import { AppError } from '../../../shared/model/errors'
import { ReviewsFile, type ReviewComment } from '../../../shared/model/review'
import { PlanPaths } from '../plans/planPaths'
import { errnoCode, type Fs } from '../store/fsFacade'
import { writeFileAtomic } from '../store/atomicWrite'
import { toIoError } from '../store/ioError'
import { joinInside } from '../store/insidePath'
import { keyedQueue } from '../plans/keyedQueue'

/**
 * A plan's review comments in `plans/<id>/reviews.json`, beside its images: apart from the plan
 * file, because comments never change the plan's text and must not bump its rev. Written
 * atomically; a file that does not pass the schema is refused, never overwritten. Every call goes
 * through the backend's Fs, so a read-only data folder refuses these writes like any other.
 */
export function createReviewStore(fs: Fs, dataDir: string) {
  const paths = new PlanPaths(dataDir)
  const serial = keyedQueue()
  const file = (planId: string) => joinInside(paths.folder(planId), 'reviews.json')

  async function read(planId: string): Promise<ReviewComment[]> {
    let raw: string
    try {
      raw = await fs.readFile(file(planId), 'utf8')
    } catch (err) {
      if (errnoCode(err) === 'ENOENT') return []
      throw toIoError(err, 'reading review comments')
    }
    let parsed: unknown
    try {
      parsed = JSON.parse(raw)
    } catch {
      throw new AppError('invalid-file', `${file(planId)} is not JSON`)
    }
    const result = ReviewsFile.safeParse(parsed)
    if (!result.success) throw new AppError('invalid-file', `${file(planId)}: ${result.error.message}`)
    return result.data.comments
  }

  async function write(planId: string, comments: ReviewComment[]): Promise<void> {
    try {
      await fs.mkdir(paths.folder(planId), { recursive: true })
    } catch (err) {
      throw toIoError(err, 'creating the plan folder for review comments')
    }
    const data: ReviewsFile = { schemaVersion: 1, comments }
    await writeFileAtomic(fs, file(planId), JSON.stringify(data, null, 1))
  }

  return {
    read,
    /** Reads, changes and writes one plan's comments, one change at a time per plan. */
    update<T>(planId: string, change: (comments: ReviewComment[]) => T): Promise<T> {
      return serial(planId, async () => {
        const comments = await read(planId)
        const result = change(comments)
        await write(planId, comments)
        return result
      })
    },
  }
}

export type ReviewStore = ReturnType<typeof createReviewStore>
