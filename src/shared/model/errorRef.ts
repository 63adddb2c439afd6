/** A reference a volunteer can read out on the phone or type into a mail ("Reference: K7QM2X"):
 * short, upper case, without the letters and digits people mix up (0/O, 1/I/L). The same
 * reference stands in the log line, so a helper finds the error it belongs to. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'

export const ERROR_REF = /^[2-9A-HJKMNP-Z]{6}$/

export function newErrorRef(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(6))
  return Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join('')
}
