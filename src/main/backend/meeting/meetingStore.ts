import { AppError } from '../../../shared/model/errors'
import { MeetingRecord } from '../../../shared/model/meeting'
import { PlanPaths } from '../plans/planPaths'
import { errnoCode, type Fs } from '../store/fsFacade'
import { writeFileAtomic } from '../store/atomicWrite'
import { toIoError } from '../store/ioError'
import { joinInside } from '../store/insidePath'
import { keyedQueue } from '../plans/keyedQueue'

/** How long a change may wait before it is on disk: a crash mid-meeting loses at most this. */
export const MEETING_WRITE_DELAY_MS = 250

/**
 * A plan's citizens' meeting in `plans/<id>/meeting.json`, beside its images and review comments:
 * apart from the plan file because ideas and votes arrive many a second and must not bump the
 * plan's rev. Written atomically and behind the changes (at most MEETING_WRITE_DELAY_MS later), so
 * a burst of votes is one write; a file that does not pass the schema is refused, never overwritten.
 */
export function createMeetingStore(fs: Fs, dataDir: string) {
  const paths = new PlanPaths(dataDir)
  const serial = keyedQueue()
  const file = (planId: string) => joinInside(paths.folder(planId), 'meeting.json')
  const pending = new Map<string, { record: MeetingRecord; timer: NodeJS.Timeout }>()
  const failures = new Map<string, unknown>()

  async function read(planId: string): Promise<MeetingRecord | null> {
    const waiting = pending.get(planId)
    if (waiting) return waiting.record
    let raw: string
    try {
      raw = await fs.readFile(file(planId), 'utf8')
    } catch (err) {
      if (errnoCode(err) === 'ENOENT') return null
      throw toIoError(err, 'reading the meeting record')
    }
    let parsed: unknown
    try {
      parsed = JSON.parse(raw)
    } catch {
      throw new AppError('invalid-file', `${file(planId)} is not JSON`, {
        reason: 'meeting-record-unreadable',
      })
    }
    const result = MeetingRecord.safeParse(parsed)
    if (!result.success) {
      throw new AppError('invalid-file', `${file(planId)}: ${result.error.message}`, {
        reason: 'meeting-record-unreadable',
      })
    }
    return result.data
  }

  function writeNow(planId: string, record: MeetingRecord): Promise<void> {
    const text = JSON.stringify(record)
    return serial(planId, async () => {
      try {
        await fs.mkdir(paths.folder(planId), { recursive: true })
      } catch (err) {
        throw toIoError(err, 'creating the plan folder for the meeting')
      }
      await writeFileAtomic(fs, file(planId), text)
    })
  }

  async function flushOne(planId: string): Promise<void> {
    const waiting = pending.get(planId)
    if (!waiting) return
    clearTimeout(waiting.timer)
    pending.delete(planId)
    try {
      await writeNow(planId, waiting.record)
      failures.delete(planId)
    } catch (err) {
      // Kept for the facilitator's next look (lastError) and tried again with the next change.
      failures.set(planId, err)
      throw err
    }
  }

  return {
    read,
    /** Saves soon: the record object is the live one, so later changes ride along in the same write. */
    schedule(planId: string, record: MeetingRecord): void {
      const waiting = pending.get(planId)
      if (waiting) {
        waiting.record = record
        return
      }
      const timer = setTimeout(() => void flushOne(planId).catch(() => undefined), MEETING_WRITE_DELAY_MS)
      pending.set(planId, { record, timer })
    },
    /** The error of the last failed write of this plan's meeting, until a write succeeds. */
    lastError: (planId: string): unknown => failures.get(planId),
    async flush(): Promise<void> {
      await Promise.all([...pending.keys()].map((id) => flushOne(id)))
    },
  }
}

export type MeetingStore = ReturnType<typeof createMeetingStore>
