import { basename, join } from 'node:path'
import type { QuarantinedPlan } from '../../../shared/model/plan'
import type { Fs } from '../store/fsFacade'
import { errnoCode } from '../store/fsFacade'
import { salvageTitle } from './salvageTitle'
import { joinInside } from '../store/insidePath'

/** `<id>.<stamp>[-n].json` as moveAside names what it sets aside; the stamp is fileStamp(). */
const SET_ASIDE =
  /^([A-Za-z0-9_-]{1,64})\.(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:-\d+)?\.json$/

/**
 * The notices quarantine/ itself tells: one per file set aside there. The folder is the truth; a
 * notice in library.json only adds words to it. So a plan set aside while library.json could not
 * be written (a full disk) is still shown at the next start, with a title read from the file.
 */
export async function noticesFromQuarantine(fs: Fs, dataDir: string): Promise<QuarantinedPlan[]> {
  const dir = join(dataDir, 'quarantine')
  let names: string[]
  try {
    names = await fs.readdir(dir)
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return []
    // The notices in library.json still show; this only loses the ones it does not hold.
    console.warn(`[store] could not list ${dir}:`, err)
    return []
  }
  const notices: QuarantinedPlan[] = []
  for (const name of names.sort()) {
    const m = SET_ASIDE.exec(name)
    if (!m) continue
    const [, id, day, hh, mm, ss, ms] = m
    const path = joinInside(dir, name)
    notices.push({
      id,
      at: `${day}T${hh}:${mm}:${ss}.${ms}Z`,
      movedTo: path,
      ...(await whatIsWrong(fs, path)),
    })
  }
  return notices
}

/** The same reasons the adapter gives when it sets a file aside, read again from the file. */
async function whatIsWrong(fs: Fs, path: string): Promise<Pick<QuarantinedPlan, 'title' | 'reason'>> {
  let raw: string
  try {
    raw = (await fs.readFile(path)).toString('utf8')
  } catch {
    // A folder (library.json was one) or a file that cannot be read: its notice says just that.
    return { title: null, reason: 'unreadable' }
  }
  const title = salvageTitle(raw)
  if (raw.trim() === '') return { title, reason: 'unreadable' }
  try {
    JSON.parse(raw)
  } catch {
    return { title, reason: 'not-json' }
  }
  return { title, reason: 'invalid' }
}

/** Notices name the same file when their paths end in the same name (the data folder may have moved). */
export const noticeKey = (q: Pick<QuarantinedPlan, 'movedTo'>): string => basename(q.movedTo)
