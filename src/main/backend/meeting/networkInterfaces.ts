import { networkInterfaces } from 'node:os'
import type { MeetingInterface } from '../../../shared/model/meeting'

export const LOOPBACK: MeetingInterface = { name: 'loopback', address: '127.0.0.1' }

/** The IPv4 addresses phones could reach (the laptop's Wi-Fi or cable), and 127.0.0.1 always. */
export function meetingInterfaces(list = networkInterfaces()): MeetingInterface[] {
  const out: MeetingInterface[] = []
  for (const [name, addresses] of Object.entries(list)) {
    for (const a of addresses ?? []) {
      if (a.family === 'IPv4' && !a.internal) out.push({ name, address: a.address })
    }
  }
  return [...out, LOOPBACK]
}
