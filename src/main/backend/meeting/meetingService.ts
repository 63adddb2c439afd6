import { AppError } from '../../../shared/model/errors'
import {
  MEETING_WAIT_MS,
  type MeetingInterface,
  type MeetingRecord,
  type MeetingView,
  type Presenting,
  type VotingSettings,
} from '../../../shared/model/meeting'
import type { MeetingStore } from './meetingStore'
import { startMeetingServer, type MeetingServer, type ServerTimeouts } from './meetingServer'
import { meetingInterfaces } from './networkInterfaces'
import { newMeetingCode } from './meetingCode'
import { qrRows } from './qrRows'
import { publicState } from './publicState'
import * as rules from './meetingRules'

type Running = { planId: string; record: MeetingRecord; server: MeetingServer; code: string }

export type MeetingServiceOptions = {
  store: MeetingStore
  now?: () => Date
  interfaces?: () => MeetingInterface[]
  timeouts?: Partial<ServerTimeouts>
  /** How long a waitForChange call is held with nothing new (tests shorten it). */
  waitMs?: number
}

/**
 * The citizens' meeting of one plan at a time: its record (loaded from and saved to the store) and,
 * while the meeting is open, the phones' server. Every change, from a phone or the facilitator,
 * goes through here, is saved behind (meetingStore) and pushed to the phones.
 */
export function createMeetingService(opts: MeetingServiceOptions) {
  const now = opts.now ?? (() => new Date())
  const interfaces = opts.interfaces ?? meetingInterfaces
  const records = new Map<string, MeetingRecord>()
  const ideasPerDevice = new Map<string, number>()
  let running: Running | null = null
  const revs = new Map<string, number>()
  const presenting = new Map<string, Presenting>()
  /** The callers of waitForChange per plan, woken by the next change. */
  const waiters = new Map<string, Set<() => void>>()
  const waitMs = opts.waitMs ?? MEETING_WAIT_MS

  /** Every change of a meeting, from a phone, the facilitator or the projector, comes through here. */
  function bump(planId: string): void {
    revs.set(planId, (revs.get(planId) ?? 0) + 1)
    const woken = waiters.get(planId)
    if (!woken) return
    waiters.delete(planId)
    for (const wake of woken) wake()
  }

  function waitForBump(planId: string, ms: number): Promise<void> {
    return new Promise((resolve) => {
      const set = waiters.get(planId) ?? new Set<() => void>()
      waiters.set(planId, set)
      const wake = () => {
        clearTimeout(timer)
        set.delete(wake)
        resolve()
      }
      const timer = setTimeout(wake, ms)
      set.add(wake)
    })
  }

  function wakeEveryone(): void {
    for (const set of waiters.values()) for (const wake of [...set]) wake()
    waiters.clear()
  }

  async function load(planId: string): Promise<MeetingRecord | null> {
    const known = records.get(planId)
    if (known) return known
    const read = await opts.store.read(planId)
    if (read) records.set(planId, read)
    return read
  }

  // The QR code is the same for the whole meeting: drawn once, not on every long-poll answer.
  let qrOf: { url: string; rows: string[] } | null = null
  const qrFor = (url: string) => {
    if (qrOf?.url !== url) qrOf = { url, rows: qrRows(url) }
    return qrOf.rows
  }

  function view(planId: string, record: MeetingRecord | null): MeetingView {
    const live = running?.planId === planId ? running : null
    return {
      running: !!live,
      url: live?.server.url ?? null,
      code: live?.code ?? null,
      qr: live ? qrFor(live.server.url) : null,
      record,
      tally: record ? rules.tally(record) : {},
      voters: record ? Object.values(record.votes).filter((v) => Object.keys(v).length > 0).length : 0,
      rev: revs.get(planId) ?? 0,
      presenting: presenting.get(planId) ?? null,
    }
  }

  function changed(planId: string, record: MeetingRecord): void {
    opts.store.schedule(planId, record)
    bump(planId)
    if (running?.planId === planId) running.server.changed()
  }

  async function change(
    planId: string,
    f: (record: MeetingRecord) => void,
    create = false,
  ): Promise<MeetingView> {
    let record = await load(planId)
    if (!record) {
      if (!create)
        throw new AppError('not-found', 'no meeting for this plan', { reason: 'meeting-idea-gone' })
      record = rules.newRecord([], now())
      records.set(planId, record)
    }
    f(record)
    changed(planId, record)
    return view(planId, record)
  }

  async function stop(planId: string): Promise<MeetingView> {
    const live = running
    if (live && live.planId === planId) {
      running = null
      await live.server.close()
      live.record.endedAt = now().toISOString()
      changed(planId, live.record)
      await opts.store.flush()
    }
    return view(planId, await load(planId))
  }

  return {
    interfaces: (): MeetingInterface[] => interfaces(),

    async start(planId: string, address: string, sections: string[]): Promise<MeetingView> {
      if (running && running.planId !== planId) {
        throw new AppError('invalid-input', 'another plan has a meeting open', {
          reason: 'meeting-not-this-plan',
        })
      }
      if (running) return view(planId, running.record)
      if (!interfaces().some((i) => i.address === address)) {
        throw new AppError('invalid-input', `no interface ${address}`, { reason: 'meeting-no-such-network' })
      }
      const record = (await load(planId)) ?? rules.newRecord(sections, now())
      record.sections = sections
      record.endedAt = null
      records.set(planId, record)
      const code = newMeetingCode()
      ideasPerDevice.clear()
      const room = {
        publicState: () => publicState(record),
        mine: (device: string) => rules.devicesDots(record, device),
        addIdea(device: string, text: string, section: string | null) {
          const sent = ideasPerDevice.get(device) ?? 0
          if (sent >= rules.MEETING_LIMITS.ideasPerDevice) {
            throw new AppError('invalid-input', 'device sent its share', { reason: 'meeting-device-full' })
          }
          rules.addIdea(record, { text, section, source: 'phone' }, now())
          ideasPerDevice.set(device, sent + 1)
          opts.store.schedule(planId, record)
          bump(planId)
        },
        vote(device: string, ideaId: string, delta: 1 | -1) {
          rules.vote(record, device, ideaId, delta)
          opts.store.schedule(planId, record)
          bump(planId)
        },
      }
      let server: MeetingServer
      try {
        server = await startMeetingServer({ host: address, port: 0, code, room, timeouts: opts.timeouts })
      } catch (err) {
        throw new AppError('io', `meeting server: ${(err as Error).message}`, { reason: 'meeting-port-busy' })
      }
      running = { planId, record, server, code }
      changed(planId, record)
      return view(planId, record)
    },

    stop,
    get: async (planId: string): Promise<MeetingView> => view(planId, await load(planId)),
    addIdea: (planId: string, text: string, section: string | null) =>
      change(
        planId,
        (r) => {
          // The facilitator may name any heading of the plan, offered to the phones or not.
          if (section !== null && !r.sections.includes(section) && r.sections.length < 100)
            r.sections.push(section)
          rules.addIdea(r, { text, section, source: 'facilitator' }, now())
        },
        true,
      ),
    editIdea: (planId: string, ideaId: string, text: string) =>
      change(planId, (r) => rules.editIdea(r, ideaId, text)),
    hideIdea: (planId: string, ideaId: string, hidden: boolean) =>
      change(planId, (r) => rules.hideIdea(r, ideaId, hidden)),
    mergeIdea: (planId: string, ideaId: string, intoId: string | null) =>
      change(planId, (r) => (intoId ? rules.mergeIdea(r, ideaId, intoId) : rules.unmergeIdea(r, ideaId))),
    setVoting: (planId: string, voting: VotingSettings) => change(planId, (r) => rules.setVoting(r, voting)),
    markInPlan: (planId: string, ideaIds: string[]) => change(planId, (r) => rules.markInPlan(r, ideaIds)),

    /**
     * The panel's and the projector's push: answers at once when the meeting changed since
     * `sinceRev` (a backend started anew counts from 0 again, which differs too), else at the next
     * change, or after waitMs with the same view, so a caller always hears back and asks again.
     */
    async waitForChange(planId: string, sinceRev: number): Promise<MeetingView> {
      if ((revs.get(planId) ?? 0) === sinceRev) await waitForBump(planId, waitMs)
      return view(planId, await load(planId))
    },

    /** The projector shows this section (an index into the plan's headings) from now on, at `part`
     * of it (-1: its last); `parts` is what the projector measured, kept while the section stays.
     * The timer counts from the section's start, not from its part's. */
    async present(planId: string, section: number, part = 0, parts?: number): Promise<MeetingView> {
      const was = presenting.get(planId)
      const same = was?.section === section
      presenting.set(planId, {
        section,
        part,
        parts: parts ?? (same ? was.parts : 1),
        since: same ? was.since : now().toISOString(),
      })
      bump(planId)
      return view(planId, await load(planId))
    },

    /** The projector is closed: nothing is presented. */
    async stopPresenting(planId: string): Promise<MeetingView> {
      presenting.delete(planId)
      bump(planId)
      return view(planId, await load(planId))
    },

    /** The app quits or the backend closes: the server stops and the record is on disk. */
    async close(): Promise<void> {
      wakeEveryone()
      if (running) await stop(running.planId)
      await opts.store.flush()
    },
  }
}

export type MeetingService = ReturnType<typeof createMeetingService>
