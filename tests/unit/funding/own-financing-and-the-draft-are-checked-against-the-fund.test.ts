import fc from 'fast-check'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ownFinancing } from '../../../src/shared/derive/funding/money'
import { checkApplication } from '../../../src/shared/derive/funding/check'
import { checkText } from '../../../src/shared/derive/funding/checkText'
import { newApplication } from '../../../src/shared/derive/funding/draft'
import { upcomingDeadlines } from '../../../src/shared/derive/funding/deadlines'
import { collectInitiatives } from '../../../src/shared/derive/initiatives'
import { parseAmount } from '../../../src/shared/format/danishNumber'
import { FundProfile } from '../../../src/shared/model/fundProfile'
import { checkDocument } from '../../../src/shared/document/validate'
import { RESOURCES } from '../catalogues/helpers'
import { planWithApplication } from './fixtures'

const billund = async () =>
  FundProfile.parse(
    JSON.parse(await readFile(join(RESOURCES, 'fund-profiles', 'billund-landdistriktspuljen.json'), 'utf8')),
  )

const kr = (text: string): number => {
  const r = parseAmount(text, 'kr', 'da')
  if (!r.ok || r.value == null) throw new Error(`not an amount: ${text}`)
  return r.value
}

describe('own financing', () => {
  it('is exact in øre: 25 % of 100.000,10 kr. asks 25.000,03 kr., and 25.000,02 kr. is too little', () => {
    const base = { hours: 0, rateKr: null, baseKr: kr('100.000,10'), upToKr: null, minPct: 25 }
    expect(ownFinancing({ ...base, ownKr: kr('25.000,03') })).toMatchObject({
      enough: true,
      needOere: 2500003n,
    })
    expect(ownFinancing({ ...base, ownKr: kr('25.000,02') }).enough).toBe(false)
  })

  it('counts volunteer hours at the rate, and only up to the base the fund names', () => {
    const r = ownFinancing({ ownKr: 0, hours: 250, rateKr: 100, baseKr: 300000, upToKr: 100000, minPct: 25 })
    expect(r).toEqual({ haveOere: 2500000n, needOere: 2500000n, enough: true })
  })

  it('agrees with whole-number arithmetic for any amounts in øre (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 11 }),
        fc.integer({ min: 0, max: 10 ** 11 }),
        fc.integer({ min: 0, max: 10 ** 6 }),
        fc.integer({ min: 0, max: 50000 }),
        fc.integer({ min: 0, max: 10000 }),
        (ownOere, baseOere, hoursCenti, rateOere, bp) => {
          const r = ownFinancing({
            ownKr: ownOere / 100,
            hours: hoursCenti / 100,
            rateKr: rateOere / 100,
            baseKr: baseOere / 100,
            upToKr: null,
            minPct: bp / 100,
          })
          const have = BigInt(ownOere) * 100n + BigInt(hoursCenti) * BigInt(rateOere)
          const need = BigInt(bp) * BigInt(baseOere)
          expect(r.enough).toBe(have * 100n >= need)
          // Exactly the minimum is enough; one øre less is not.
          if (rateOere === 0 && hoursCenti === 0) {
            const minimum = (need + 9999n) / 10000n
            expect(
              ownFinancing({
                ...{ hours: 0, rateKr: null, baseKr: baseOere / 100, upToKr: null, minPct: bp / 100 },
                ownKr: Number(minimum) / 100,
              }).enough,
            ).toBe(true)
          }
        },
      ),
    )
  })
})

describe('the check of a draft', () => {
  const today = '2027-02-05'
  it('says in Danish what is wrong: own financing too low, over the maximum, a part missing, the deadline near', async () => {
    const profile = { ...(await billund()), maxAmountKr: 50000 }
    const entry = collectInitiatives(planWithApplication())[0]
    const app = entry.attrs.applications[0]
    const low = { ...entry.attrs, ownFundingKr: 0, volunteerHours: 100 }
    const texts = checkApplication(profile, low, app, today).map((f) => checkText(f, 'da'))
    expect(texts).toEqual(
      expect.arrayContaining([
        'Beløbet er over fondens maksimum: 60.000 kr., men der kan højst søges 50.000 kr.',
        'Egenfinansieringen er for lav: 10.000 kr., men fonden kræver mindst 15.000 kr. (25 %).',
        'Afsnittet »Sammenhæng med udviklingsplanen og landdistriktspolitikken« mangler tekst.',
        'Bilaget »Lokalrådets kommentar og godkendelse« er ikke klar.',
        'Fristen 15. februar 2027 er om 10 dage.',
      ]),
    )
    expect(checkApplication(profile, low, app, '2027-02-16').map((f) => f.code)).toContain('deadline-passed')
    // Sent: the deadline is met, nothing more to say about it.
    expect(
      checkApplication(profile, low, { ...app, status: 'sent' }, '2027-02-16').map((f) => f.code),
    ).not.toContain('deadline-passed')
  })

  it('a new draft is filled from the initiative and asks the budget less own financing and hours at the rate', async () => {
    const profile = await billund()
    const entry = collectInitiatives(planWithApplication())[0]
    const draft = newApplication(profile, entry, null, today, 'new1', 'da')
    // 100.000 − 15.000 − 120 t × 100 kr. = 73.000
    expect(draft.soughtKr).toBe(73000)
    expect(draft.deadline).toBe('2027-02-15')
    expect(draft.sections[0].text).toBe('En multibane ved hallen.')
    expect(draft.sections[1].text).toContain('Fritid og fællesskab')
    expect(draft.attachments.every((a) => !a.ready)).toBe(true)
    expect(upcomingDeadlines(profile, '2027-11-16', 2)).toEqual(['2028-02-15', '2028-05-15'])
  })

  it('a plan with an application passes the document check, and one without the attribute still opens', () => {
    expect(checkDocument(planWithApplication()).ok).toBe(true)
    const old = planWithApplication()
    const card = (old.content as { attrs: Record<string, unknown> }[])[1]
    delete card.attrs.applications
    expect(checkDocument(old).ok).toBe(true)
    expect(collectInitiatives(old)[0].attrs.applications).toEqual([])
    const forged = planWithApplication({ status: 'maybe' as 'draft' })
    expect(checkDocument(forged).ok).toBe(false)
  })
})
