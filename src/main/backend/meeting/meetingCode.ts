import { randomInt } from 'node:crypto'

// No 0/O, 1/I/L: read off a projector and typed on a phone without mix-ups.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'

/** A fresh code for each meeting: 31^6 (about 887 million) codes, and wrong guesses are rate limited. */
export function newMeetingCode(): string {
  let code = ''
  for (let i = 0; i < 6; i++) code += ALPHABET[randomInt(ALPHABET.length)]
  return code
}
