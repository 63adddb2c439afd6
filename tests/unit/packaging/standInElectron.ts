import { chmodSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** @electron/fuses finds the fuse wire after this sentinel in the Electron binary (its constants.js). */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
/** Fuse wire order of FuseV1Options: RunAsNode, EnableCookieEncryption, EnableNodeOptionsEnvironmentVariable,
 * EnableNodeCliInspectArguments, EnableEmbeddedAsarIntegrityValidation, OnlyLoadAppFromAsar,
 * LoadBrowserProcessSpecificV8Snapshot, GrantFileProtocolExtraPrivileges. */
export const FUSE_COUNT = 8

/** A stand-in for Electron's Linux folder (the binary cannot be downloaded here): an `electron` file
 * holding a version-1 fuse wire with every fuse at Electron's shipped default for the first four
 * (on) and off for the rest, so that electron-builder's fuse step has real bytes to flip. */
export function makeStandInElectronDist(dir: string): string {
  mkdirSync(join(dir, 'resources'), { recursive: true })
  const wire = Buffer.from('11110010', 'latin1')
  const binary = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stand-in Electron"\n', 'latin1'),
    Buffer.from(FUSE_SENTINEL, 'latin1'),
    Buffer.from([1, FUSE_COUNT]),
    wire,
    Buffer.from('\n', 'latin1'),
  ])
  const exe = join(dir, 'electron')
  writeFileSync(exe, binary)
  chmodSync(exe, 0o755)
  return dir
}

/** The fuse wire as '0'/'1' characters, read back the way @electron/fuses reads it. */
export function readFuseWire(binary: Buffer): string {
  const at = binary.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length
  const length = binary[at + 1]
  return binary.subarray(at + 2, at + 2 + length).toString('latin1')
}
