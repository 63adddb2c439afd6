/**
 * The own-financing arithmetic in whole øre with BigInt, never in floating kroner: 25 % of
 * 100.000,10 kr. must come out the same on every machine and never "0,01 kr. short" by drift.
 * Amounts arrive as kroner with at most two decimals (danishNumber.ts), hours with at most two,
 * percentages with at most two (basis points).
 */
export const toOere = (kr: number): bigint => BigInt(Math.round(kr * 100))
const toHundredths = (n: number): bigint => BigInt(Math.round(n * 100))
export const oereToKr = (oere: bigint): number => Number(oere) / 100

export type OwnFinancingInput = {
  /** Cash the applicant brings, kroner. */
  ownKr: number
  /** Volunteer hours, and the fund's rate in kroner; rate null when the hours do not count. */
  hours: number
  rateKr: number | null
  /** The base the percentage is of (budget or amount sought), kroner, and the cap on it. */
  baseKr: number
  upToKr: number | null
  minPct: number
}

export type OwnFinancing = {
  /** What the applicant brings: cash plus hours at the rate, in øre (rounded down). */
  haveOere: bigint
  /** What the fund asks for, in øre (rounded up: 25 % of 0,02 kr. is one øre, not none). */
  needOere: bigint
  enough: boolean
}

/** Own financing against the fund's minimum, exact: compares in hundredths of an øre. */
export function ownFinancing(input: OwnFinancingInput): OwnFinancing {
  const base =
    input.upToKr == null ? toOere(input.baseKr) : minBig(toOere(input.baseKr), toOere(input.upToKr))
  const bp = toHundredths(input.minPct) // percent in hundredths: 25 % = 2500 = 0,25 × 10.000
  // Volunteer value in hundredths of an øre: hours×100 × rate in øre.
  const volunteer = input.rateKr == null ? 0n : toHundredths(input.hours) * toOere(input.rateKr)
  const have100 = toOere(input.ownKr) * 100n + volunteer
  const need10000 = bp * base // need in øre × 10.000
  return {
    haveOere: have100 / 100n,
    needOere: (need10000 + 9999n) / 10000n,
    enough: have100 * 100n >= need10000,
  }
}

/** Hours at the rate, in øre, rounded down (for the draft's budget line). */
export function volunteerValueOere(hours: number, rateKr: number): bigint {
  return (toHundredths(hours) * toOere(rateKr)) / 100n
}

const minBig = (a: bigint, b: bigint) => (a < b ? a : b)
