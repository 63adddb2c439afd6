import type { IncomingMessage } from 'node:http'

export class BodyRefused extends Error {
  constructor(readonly status: 408 | 413 | 415 | 400) {
    super(`body refused (${status})`)
  }
}

/**
 * The request's JSON body, at most `maxBytes`, within `timeoutMs`: a phone that announces or sends
 * more, or dawdles, is refused before the body is kept, and its connection is not waited for.
 */
export function readJsonBody(req: IncomingMessage, maxBytes: number, timeoutMs: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase()
    // JSON only: a page elsewhere cannot send it to us without a CORS preflight, which we never answer.
    if (type !== 'application/json') return reject(new BodyRefused(415))
    const declared = Number(req.headers['content-length'] ?? '0')
    if (declared > maxBytes) return reject(new BodyRefused(413))
    const chunks: Buffer[] = []
    let size = 0
    let done = false
    const finish = (err: BodyRefused | null, value?: unknown) => {
      if (done) return
      done = true
      clearTimeout(timer)
      req.removeAllListeners('data')
      if (err) reject(err)
      else resolve(value)
    }
    const timer = setTimeout(() => finish(new BodyRefused(408)), timeoutMs)
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > maxBytes) return finish(new BodyRefused(413))
      chunks.push(chunk)
    })
    req.on('end', () => {
      try {
        finish(null, JSON.parse(Buffer.concat(chunks).toString('utf8')))
      } catch {
        finish(new BodyRefused(400))
      }
    })
    req.on('error', () => finish(new BodyRefused(400)))
  })
}
