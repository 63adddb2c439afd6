import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { AppError } from '../../../shared/model/errors'
import { createRateLimit } from './rateLimit'
import { BodyRefused, readJsonBody } from './readBody'
import { phoneFiles, phonePage, PAGE_CSP } from './phonePage'
import { parseIdeaPost, parseVotePost, DEVICE_PATTERN } from './phoneRequests'

/** What the server asks of the meeting: it holds no record itself. */
export type Room = {
  /** The public state every phone sees (visible ideas, sections, voting), as JSON text. */
  publicState(): string
  mine(device: string): { mine: Record<string, number>; left: number }
  addIdea(device: string, text: string, section: string | null): void
  vote(device: string, ideaId: string, delta: 1 | -1): void
}

export type ServerTimeouts = {
  /** Whole request head. */
  headersMs: number
  /** Whole request, head and body. */
  requestMs: number
  /** The body after the head. */
  bodyMs: number
  /** A kept-alive socket with nothing to do. */
  idleMs: number
  /** How often Node checks the two above. */
  checkEveryMs: number
  /** A comment on each open event stream, so an idle but live phone is not taken for a dead one. */
  heartbeatMs: number
}

export const DEFAULT_TIMEOUTS: ServerTimeouts = {
  headersMs: 5000,
  requestMs: 10_000,
  bodyMs: 5000,
  idleMs: 30_000,
  checkEveryMs: 1000,
  heartbeatMs: 15_000,
}

export const SERVER_LIMITS = {
  bodyBytes: 4096,
  streams: 300,
  streamsPerAddress: 8,
  connections: 400,
}

export type MeetingServer = {
  url: string
  port: number
  /** Sends the current public state to every open stream (at most every 200 ms). */
  changed(): void
  close(): Promise<void>
}

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Resource-Policy': 'same-origin',
}

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string,
  extra: Record<string, string> = {},
) {
  if (res.headersSent) return
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': type,
    'Content-Length': String(Buffer.byteLength(body)),
    ...extra,
  })
  res.end(body)
}

const json = (res: ServerResponse, status: number, value: unknown) =>
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value))

/** Refusals carry a reason the phone words itself (meeting.json's phone.errors). */
const refuse = (res: ServerResponse, status: number, reason: string) => json(res, status, { error: reason })

/**
 * The meeting's web server for the phones: node:http, nothing else on it. It serves the phone page,
 * its script and style, and the meeting's API, all under the meeting code (`/<code>/…`); any other
 * path, method or code gets a bare refusal. Request heads and bodies have deadlines, idle sockets are
 * closed, bodies are small, and each device and each address is rate limited.
 */
export async function startMeetingServer(opts: {
  host: string
  port: number
  code: string
  room: Room
  timeouts?: Partial<ServerTimeouts>
}): Promise<MeetingServer> {
  const timeouts = { ...DEFAULT_TIMEOUTS, ...opts.timeouts }
  const { room, code } = opts
  const perDevice = createRateLimit({ burst: 8, everyMs: 1500 })
  const perAddress = createRateLimit({ burst: 60, everyMs: 100 })
  const wrongCode = createRateLimit({ burst: 20, everyMs: 3000 })
  const streams = new Set<ServerResponse>()
  const streamsOf = new Map<string, number>()

  const server = createServer(
    { connectionsCheckingInterval: timeouts.checkEveryMs, requestTimeout: timeouts.requestMs },
    (req, res) => void handle(req, res).catch(() => refuse(res, 500, 'meeting-server-error')),
  )
  server.headersTimeout = timeouts.headersMs
  server.requestTimeout = timeouts.requestMs
  server.keepAliveTimeout = Math.min(5000, timeouts.idleMs)
  server.maxHeadersCount = 40
  server.maxRequestsPerSocket = 200
  server.maxConnections = SERVER_LIMITS.connections
  server.setTimeout(timeouts.idleMs, (socket: Socket) => socket.destroy())

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const address = req.socket.remoteAddress ?? '?'
    if (!perAddress(address)) return refuse(res, 429, 'meeting-too-fast')
    // The path is compared, never mapped to a file: '..', '%2e' and the like simply match nothing.
    const path = (req.url ?? '').split('?')[0]
    const query = new URLSearchParams((req.url ?? '').split('?')[1] ?? '')
    const parts = path.split('/')
    if (parts.length < 2 || parts.length > 3 || parts[0] !== '') return refuse(res, 404, 'meeting-not-found')
    if ((parts[1] ?? '').toUpperCase() !== code) {
      if (!wrongCode(address)) return refuse(res, 429, 'meeting-too-fast')
      return refuse(res, 404, 'meeting-wrong-code')
    }
    const route = `${req.method ?? ''} ${parts[2] ?? ''}`
    switch (route) {
      case 'GET ':
        return send(res, 200, 'text/html; charset=utf-8', phonePage(code, pickLanguage(req, query)), {
          'Content-Security-Policy': PAGE_CSP,
        })
      case 'GET phone.js':
        return send(res, 200, 'text/javascript; charset=utf-8', phoneFiles.script)
      case 'GET phone.css':
        return send(res, 200, 'text/css; charset=utf-8', phoneFiles.style)
      case 'GET state': {
        const device = query.get('device') ?? ''
        if (!DEVICE_PATTERN.test(device)) return refuse(res, 400, 'meeting-bad-request')
        const mine = room.mine(device)
        return send(
          res,
          200,
          'application/json; charset=utf-8',
          `{"mine":${JSON.stringify(mine)},"state":${room.publicState()}}`,
        )
      }
      case 'GET events':
        return openStream(req, res, address)
      case 'POST ideas':
      case 'POST votes':
        return post(req, res, parts[2] as 'ideas' | 'votes')
      default:
        return refuse(res, 405, 'meeting-not-allowed')
    }
  }

  async function post(req: IncomingMessage, res: ServerResponse, what: 'ideas' | 'votes'): Promise<void> {
    let body: unknown
    try {
      body = await readJsonBody(req, SERVER_LIMITS.bodyBytes, timeouts.bodyMs)
    } catch (err) {
      if (!(err instanceof BodyRefused)) throw err
      refuse(res, err.status, err.status === 413 ? 'meeting-too-long' : 'meeting-bad-request')
      // A refused body is not read to its end: the connection goes with the answer.
      res.once('finish', () => req.socket.destroy())
      return
    }
    const parsed = what === 'ideas' ? parseIdeaPost(body) : parseVotePost(body)
    if (!parsed) return refuse(res, 400, 'meeting-bad-request')
    if (!perDevice(parsed.device)) return refuse(res, 429, 'meeting-too-fast')
    try {
      if (parsed.kind === 'idea') room.addIdea(parsed.device, parsed.text, parsed.section)
      else room.vote(parsed.device, parsed.ideaId, parsed.delta)
    } catch (err) {
      if (!(err instanceof AppError)) throw err
      const reason = (err.details as { reason?: string } | undefined)?.reason ?? 'meeting-bad-request'
      return refuse(res, err.code === 'not-found' ? 404 : 409, reason)
    }
    changed()
    json(res, 200, { mine: room.mine(parsed.device) })
  }

  function openStream(req: IncomingMessage, res: ServerResponse, address: string): void {
    const ofAddress = streamsOf.get(address) ?? 0
    if (streams.size >= SERVER_LIMITS.streams || ofAddress >= SERVER_LIMITS.streamsPerAddress) {
      return refuse(res, 503, 'meeting-too-many')
    }
    streamsOf.set(address, ofAddress + 1)
    // A stream is long by design: only the heartbeat keeps its socket from the idle deadline.
    req.socket.setTimeout(timeouts.heartbeatMs * 2 + 1000)
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/event-stream; charset=utf-8',
      Connection: 'keep-alive',
    })
    res.write(`retry: 3000\n\ndata: ${room.publicState()}\n\n`)
    streams.add(res)
    const beat = setInterval(() => res.write(': beat\n\n'), timeouts.heartbeatMs)
    res.on('close', () => {
      clearInterval(beat)
      streams.delete(res)
      const left = (streamsOf.get(address) ?? 1) - 1
      if (left > 0) streamsOf.set(address, left)
      else streamsOf.delete(address)
    })
  }

  let pendingPush: NodeJS.Timeout | null = null
  function changed(): void {
    if (pendingPush) return
    pendingPush = setTimeout(() => {
      pendingPush = null
      const line = `data: ${room.publicState()}\n\n`
      for (const res of streams) res.write(line)
    }, 100)
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port, opts.host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://${opts.host}:${port}/${code}`,
    port,
    changed,
    close: () =>
      new Promise<void>((resolve) => {
        if (pendingPush) clearTimeout(pendingPush)
        for (const res of streams) res.destroy()
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

function pickLanguage(req: IncomingMessage, query: URLSearchParams): 'da' | 'en' {
  const asked = query.get('lang')
  if (asked === 'da' || asked === 'en') return asked
  const accept = (req.headers['accept-language'] ?? '').toLowerCase()
  return accept.startsWith('en') ? 'en' : 'da'
}
