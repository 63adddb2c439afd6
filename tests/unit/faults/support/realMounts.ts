import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const run = (...args: string[]) => execFileSync(args[0], args.slice(1), { stdio: 'pipe' })

/**
 * Whether this test process may mount (root in a container that allows it). Where it may not, the
 * tests that need a real full disk or a real read-only folder skip and say this reason.
 */
export const mountRefused: string | null = (() => {
  const probe = mkdtempSync(join(tmpdir(), 'pv-mount-probe-'))
  try {
    run('mount', '-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe)
    run('umount', probe)
    return null
  } catch (err) {
    return `mount is not permitted here (${String(err).split('\n')[0]})`
  } finally {
    rmdirSync(probe)
  }
})()

/** A real tmpfs of `size` (e.g. '2m') on a fresh folder: a disk that really fills up. */
export function tmpfsDisk(size: string): { dir: string; unmount(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'pv-tmpfs-'))
  run('mount', '-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir)
  return {
    dir,
    unmount() {
      run('umount', dir)
      rmdirSync(dir)
    },
  }
}

/** Makes `dir` really read-only (a read-only bind mount on itself) until `undo` is called. */
export function readOnlyMount(dir: string): { undo(): void } {
  run('mount', '--bind', dir, dir)
  try {
    run('mount', '-o', 'remount,ro,bind', dir)
  } catch (err) {
    run('umount', dir)
    throw err
  }
  return { undo: () => run('umount', dir) }
}
