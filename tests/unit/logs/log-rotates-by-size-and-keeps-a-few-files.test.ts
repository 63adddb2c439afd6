import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createRotatingLog, LOG_FILE } from '../../../src/main/backend/log/rotatingLog'

let dir: string
beforeEach(async () => {
  dir = join(await mkdtemp(join(tmpdir(), 'pv-log-')), 'logs')
})
afterEach(async () => {
  await rm(join(dir, '..'), { recursive: true, force: true })
})

const LINE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z (INFO |WARN |ERROR) [a-z0-9:./-]+ .*$/

describe('the rotating log', () => {
  it('writes one line per entry with time, level, where and message, creating logs/', async () => {
    const log = createRotatingLog({ dir, now: () => new Date('2026-03-12T10:00:00.000Z') })
    log.error('renderer:editor/comments', 'TypeError: x is null\n    at Panel (app.js:1:2)')
    log.info('main', 'start')
    const lines = (await readFile(join(dir, LOG_FILE), 'utf8')).split('\n').filter(Boolean)
    expect(lines).toEqual([
      '2026-03-12T10:00:00.000Z ERROR renderer:editor/comments TypeError: x is null | at Panel (app.js:1:2)',
      '2026-03-12T10:00:00.000Z INFO  main start',
    ])
  })

  it('rotates before a line would pass the size, keeps the newest files and drops the oldest', async () => {
    const maxBytes = 2000
    const log = createRotatingLog({ dir, maxBytes, keep: 3 })
    for (let i = 0; i < 400; i++) log.warn('main', `entry ${String(i).padStart(4, '0')} ${'x'.repeat(40)}`)
    const files = (await readdir(dir)).sort()
    expect(files).toEqual([LOG_FILE, `${LOG_FILE}.1`, `${LOG_FILE}.2`, `${LOG_FILE}.3`])
    for (const f of files) expect((await stat(join(dir, f))).size).toBeLessThanOrEqual(maxBytes)
    const current = await readFile(join(dir, LOG_FILE), 'utf8')
    expect(current).toContain('entry 0399')
    // The entries run on from the oldest kept file to the current one, with none missing between.
    const all = [`${LOG_FILE}.3`, `${LOG_FILE}.2`, `${LOG_FILE}.1`, LOG_FILE]
    const numbers: number[] = []
    for (const f of all) {
      for (const line of (await readFile(join(dir, f), 'utf8')).split('\n').filter(Boolean)) {
        expect(line).toMatch(LINE)
        numbers.push(Number(/entry (\d+)/.exec(line)![1]))
      }
    }
    expect(numbers.at(-1)).toBe(399)
    expect(numbers).toEqual(numbers.map((_, i) => numbers[0] + i))
    // Four files of at most 2000 bytes cannot hold 400 entries: the oldest were dropped.
    expect(numbers[0]).toBeGreaterThan(0)
  })

  it('keeps a message on one line and bounded, and a bad "where" cannot forge the format', async () => {
    const log = createRotatingLog({ dir })
    log.error('Main Process\n2026 ERROR fake', `one\r\ntwo\u0007three${'y'.repeat(20_000)}`)
    const text = await readFile(join(dir, LOG_FILE), 'utf8')
    expect(text.split('\n').filter(Boolean)).toHaveLength(1)
    expect(text).toMatch(/ ERROR unknown one \| two three/)
    expect(text.length).toBeLessThanOrEqual(8001)
  })

  it('stays silent when the folder cannot be written', async () => {
    // A file where the data folder should be: logs/ cannot be made inside it.
    const blocked = join(dir, '..', 'a-file')
    await writeFile(blocked, 'not a folder')
    const log = createRotatingLog({ dir: join(blocked, 'logs') })
    expect(() => log.error('main', 'nowhere to go')).not.toThrow()
  })
})
