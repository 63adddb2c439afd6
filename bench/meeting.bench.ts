/**
 * Borgermøde under a full hall: 60 simulated phones (HTTP clients on 127.0.0.1, each from its own
 * loopback source address 127.0.0.<10+i>, as each phone has its own address on the Wi-Fi) each send
 * 10 ideas and 3 votes. Time is compressed: the issue's minute is played in PLAY_MS (20 s by
 * default, 3x faster), each phone's 13 requests spread evenly over it with jitter. Two projectors
 * stand in for the real one: the projector's own path, meeting.waitForChange called in a loop
 * through the handlers (what the projector window does, minus Electron's IPC), and an SSE client
 * on the phones' /events stream. Latency = from just before a phone's POST to the first update in
 * which that idea's text is there. Peer: a bare node:http server that takes the same POSTs, keeps
 * the body in an array and writes it to an SSE client at once (no checks, no store, no limits).
 * Memory: RSS and heap before the load and after it (after a gc when node runs with --expose-gc).
 * Writes bench/results/meeting.json.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createBackend } from '../src/main/backend/index'
import { createHandlers } from '../src/main/handlers'
import { LOOPBACK } from '../src/main/backend/meeting/networkInterfaces'
import type { Host } from '../src/main/hostApi'
import type { MeetingView } from '../src/shared/model/meeting'
import { ratioRow, writeResults } from './ratioTable'
import type { BenchTable } from './run'

const PHONES = 60
const IDEAS = 10
const VOTES = 3
const PLAY_MS = Number(process.env.MEETING_PLAY_MS ?? 20_000)

const host: Host = {
  showSaveDialog: async () => null,
  showOpenDialog: async () => null,
  showOpenFilesDialog: async () => [],
  openExternal: async () => undefined,
  openPath: async () => undefined,
  showItemInFolder: async () => undefined,
  printToPdf: async () => new Uint8Array(),
  appVersion: () => 'bench',
  assetBase: () => 'pv-asset://plan/',
}

type Post = (path: string, body: unknown, phone: number) => Promise<{ status: number; text: string }>

/** A POST from phone `phone`'s own loopback address, on a fresh connection as an old phone would. */
function poster(base: string): Post {
  const url = new URL(base)
  return (path, body, phone) =>
    new Promise((ok, fail) => {
      const data = JSON.stringify(body)
      const req = request(
        {
          host: '127.0.0.1',
          port: url.port,
          path: `${url.pathname.replace(/\/$/, '')}/${path}`,
          method: 'POST',
          localAddress: `127.0.0.${10 + phone}`,
          agent: false,
          headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(data) },
        },
        (res) => {
          let text = ''
          res.setEncoding('utf8')
          res.on('data', (c: string) => (text += c))
          res.on('end', () => ok({ status: res.statusCode ?? 0, text }))
        },
      )
      req.on('error', fail)
      req.end(data)
    })
}

/** An SSE client standing in for a projector: calls `onState` with each event's data. */
function sseClient(url: string, onState: (data: string) => void): () => void {
  const req = request(url, { agent: false }, (res) => {
    let buffer = ''
    res.setEncoding('utf8')
    res.on('data', (chunk: string) => {
      buffer += chunk
      let end: number
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const event = buffer.slice(0, end)
        buffer = buffer.slice(end + 2)
        for (const line of event.split('\n')) if (line.startsWith('data: ')) onState(line.slice(6))
      }
    })
  })
  req.on('error', () => undefined)
  req.end()
  return () => req.destroy()
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN
}
const r1 = (x: number) => Math.round(x * 10) / 10
const mb = (x: number) => r1(x / 1024 / 1024)

function memory() {
  ;(globalThis as { gc?: () => void }).gc?.()
  const m = process.memoryUsage()
  return { rss: m.rss, heap: m.heapUsed }
}

/**
 * Plays the hall against one server: each phone's 13 requests at evenly spread times over PLAY_MS.
 * `seen(text)` is the time the projector first showed an idea; `ideaIds()` what phones can vote on.
 */
async function playHall(opts: {
  post: Post
  seen: Map<string, number>
  ideaIds: () => string[]
  prefix: string
}): Promise<{
  latencies: number[]
  refused: number
  sentIdeas: string[]
  votesOk: number
  sentAt: Map<string, number>
}> {
  const sentAt = new Map<string, number>()
  let refused = 0
  let votesOk = 0
  const phone = async (p: number) => {
    const device = `${opts.prefix}${String(p).padStart(4, '0')}${'x'.repeat(16)}`
    // Ideas first, a vote after every third: I I I V I I I V I I I V I.
    const plan: ('idea' | 'vote')[] = []
    for (let i = 0, v = 0; i < IDEAS; i++) {
      plan.push('idea')
      if (i % 3 === 2 && v < VOTES) {
        plan.push('vote')
        v++
      }
    }
    const step = PLAY_MS / plan.length
    const start = performance.now()
    const voted = new Set<string>()
    let n = 0
    for (const [k, what] of plan.entries()) {
      const due = start + k * step + Math.random() * step * 0.8
      await sleep(Math.max(0, due - performance.now()))
      if (what === 'idea') {
        const text = `${opts.prefix} telefon ${p} idé ${n++}: bænke og cykelstier ved åen`
        sentAt.set(text, performance.now())
        const r = await opts.post('ideas', { device, text, section: null }, p)
        if (r.status !== 200) refused++
      } else {
        const choices = opts.ideaIds().filter((id) => !voted.has(id))
        const ideaId = choices[Math.floor(Math.random() * choices.length)]
        if (!ideaId) continue
        voted.add(ideaId)
        const r = await opts.post('votes', { device, ideaId, delta: 1 }, p)
        if (r.status === 200) votesOk++
        else refused++
      }
    }
  }
  await Promise.all(Array.from({ length: PHONES }, (_, p) => phone(p)))
  // Let the last updates arrive.
  const until = performance.now() + 3000
  while (performance.now() < until && [...sentAt.keys()].some((t) => !opts.seen.has(t))) await sleep(20)
  const latencies = [...sentAt].flatMap(([t, at]) => (opts.seen.has(t) ? [opts.seen.get(t)! - at] : []))
  return { latencies, refused, sentIdeas: [...sentAt.keys()], votesOk, sentAt }
}

async function ours() {
  const dataDir = mkdtempSync(join(tmpdir(), 'pv-bench-meeting-'))
  const backend = await createBackend({
    dataDir,
    resourcesDir: resolve('resources'),
    meeting: { interfaces: () => [LOOPBACK] },
  })
  const handlers = createHandlers(backend, host)
  try {
    const plan = await handlers['plans.create']({
      title: 'Borgermøde',
      council: '',
      kind: 'council',
      villages: [],
      municipality: '',
      templateId: 'blank',
      catalogueId: null,
    })
    const opened = await handlers['meeting.start']({ planId: plan.id, address: '127.0.0.1', sections: [] })
    const before = memory()
    const seenPoll = new Map<string, number>()
    const seenSse = new Map<string, number>()
    let ids: string[] = []
    let live = true
    let polls = 0
    // The projector's path: a long poll through the handlers, asked again at once.
    const projector = (async () => {
      let rev = opened.rev
      while (live) {
        const v: MeetingView = await handlers['meeting.waitForChange']({ planId: plan.id, sinceRev: rev })
        polls++
        rev = v.rev
        const t = performance.now()
        const ideas = v.record?.ideas ?? []
        for (const i of ideas) if (!seenPoll.has(i.text)) seenPoll.set(i.text, t)
        ids = ideas.map((i) => i.id)
      }
    })()
    const stopSse = sseClient(`${opened.url}/events`, (data) => {
      const t = performance.now()
      const state = JSON.parse(data) as { ideas?: { text: string }[] }
      for (const i of state.ideas ?? []) if (!seenSse.has(i.text)) seenSse.set(i.text, t)
    })
    const hall = await playHall({
      post: poster(opened.url!),
      seen: seenPoll,
      ideaIds: () => ids,
      prefix: 'ours',
    })
    live = false
    stopSse()
    await handlers['meeting.addIdea']({ planId: plan.id, text: 'slut', section: null })
    await projector
    await backend.meetings.close()
    const after = memory()
    // Nothing lost: every idea answered 200 is in the record on disk, every accepted dot in the tally.
    await backend.close()
    const reopened = await createBackend({ dataDir, resourcesDir: resolve('resources') })
    const record = (await reopened.meetings.get(plan.id)).record!
    const tally = Object.values((await reopened.meetings.get(plan.id)).tally).reduce((a, b) => a + b, 0)
    await reopened.close()
    const kept = new Set(record.ideas.map((i) => i.text))
    const lost = hall.sentIdeas.filter((t) => !kept.has(t)).length
    // The same ideas as the phones' SSE stream showed them (it batches pushes for 100 ms).
    const sseLatencies = [...hall.sentAt].flatMap(([t, at]) => (seenSse.has(t) ? [seenSse.get(t)! - at] : []))
    return { hall, before, after, lost, tally, seenSse, polls, sseLatencies }
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}

/** The peer: node:http, the body kept and echoed to an SSE client at once, nothing else. */
async function peer() {
  const kept: string[] = []
  const streams = new Set<ServerResponse>()
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.method === 'GET') {
      res.writeHead(200, { 'Content-Type': 'text/event-stream' })
      streams.add(res)
      res.on('close', () => streams.delete(res))
      return
    }
    let body = ''
    req.setEncoding('utf8')
    req.on('data', (c: string) => (body += c))
    req.on('end', () => {
      kept.push(body)
      for (const s of streams) s.write(`data: ${body}\n\n`)
      res.writeHead(200, { 'Content-Type': 'application/json' })
      res.end(body)
    })
  })
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/PEER`
  const seen = new Map<string, number>()
  const ids: string[] = []
  const stop = sseClient(base, (data) => {
    const body = JSON.parse(data) as { text?: string; device: string }
    if (!body.text) return
    seen.set(body.text, performance.now())
    ids.push(body.text)
  })
  await sleep(100)
  const before = memory()
  const hall = await playHall({ post: poster(base), seen, ideaIds: () => ids, prefix: 'peer' })
  stop()
  await new Promise<void>((ok) => {
    server.close(() => ok())
    server.closeAllConnections()
  })
  const after = memory()
  return { hall, before, after }
}

export async function run(): Promise<BenchTable> {
  const o = await ours()
  const p = await peer()
  const oursP95 = pct(o.hall.latencies, 95)
  const peerP95 = pct(p.hall.latencies, 95)
  const rows: BenchTable['rows'] = [
    {
      side: 'ours (long poll, the projector)',
      ideas: o.hall.sentIdeas.length,
      shown: o.hall.latencies.length,
      'p50 ms': r1(pct(o.hall.latencies, 50)),
      'p95 ms': r1(oursP95),
      'max ms': r1(Math.max(...o.hall.latencies)),
      refused: o.hall.refused,
      lost: o.lost,
      'votes ok': o.hall.votesOk,
      'rss MB before/after': `${mb(o.before.rss)}/${mb(o.after.rss)}`,
      'heap MB before/after': `${mb(o.before.heap)}/${mb(o.after.heap)}`,
    },
    {
      side: "ours (the phones' SSE stream)",
      ideas: o.hall.sentIdeas.length,
      shown: o.sseLatencies.length,
      'p50 ms': r1(pct(o.sseLatencies, 50)),
      'p95 ms': r1(pct(o.sseLatencies, 95)),
      'max ms': r1(Math.max(...o.sseLatencies)),
    },
    {
      side: 'peer (bare node:http echo + SSE)',
      ideas: p.hall.sentIdeas.length,
      shown: p.hall.latencies.length,
      'p50 ms': r1(pct(p.hall.latencies, 50)),
      'p95 ms': r1(peerP95),
      'max ms': r1(Math.max(...p.hall.latencies)),
      refused: p.hall.refused,
      lost: p.hall.sentIdeas.length - p.hall.latencies.length,
      'votes ok': p.hall.votesOk,
      'rss MB before/after': `${mb(p.before.rss)}/${mb(p.after.rss)}`,
      'heap MB before/after': `${mb(p.before.heap)}/${mb(p.after.heap)}`,
    },
  ]
  const ratios = [
    ratioRow(
      `Borgermøde: p95 submit to projector, ${PHONES} phones x ${IDEAS} ideas + ${VOTES} votes in ${PLAY_MS / 1000} s`,
      'bare node:http echo + SSE',
      'ms',
      oursP95,
      peerP95,
      '< 500 ms',
    ),
    ratioRow(
      'Borgermøde: heap growth over the hall',
      'bare node:http echo + SSE',
      'MB',
      mb(o.after.heap - o.before.heap),
      mb(p.after.heap - p.before.heap),
    ),
  ]
  writeResults(
    'meeting',
    {
      playMs: PLAY_MS,
      ours: { ...rows[0], tallyOnDisk: o.tally, sseUpdatesSeen: o.seenSse.size, longPolls: o.polls },
      sse: rows[1],
      peer: rows[2],
    },
    ratios,
  )
  return {
    title: `Borgermøde: ${PHONES} phones, ${IDEAS} ideas and ${VOTES} votes each, in ${PLAY_MS / 1000} s (the issue's minute compressed ${r1(60_000 / PLAY_MS)}x)`,
    rows,
    notes: [
      `ours: ${o.polls} long-poll answers; dots in the tally on disk ${o.tally} of ${o.hall.votesOk} accepted`,
      'lost = answered 200 but not in meeting.json after the backend closed and opened again (peer: not echoed)',
      'memory: process.memoryUsage() before the hall and after it (after gc when run with --expose-gc)',
    ],
  }
}
