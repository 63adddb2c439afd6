// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { initI18n, setLanguage } from '../../../../src/renderer/src/i18n'
import { AmountField } from '../../../../src/renderer/src/features/editor/nodes/AmountField'
import type { AmountKind } from '../../../../src/shared/format/danishNumber'

/** The field as the card holds it: the attribute is the card's state, written by onChange. */
function Card({ kind, start, log }: { kind: AmountKind; start: number | null; log: (number | null)[] }) {
  const [value, setValue] = useState<number | null>(start)
  return (
    <AmountField
      label="Budget"
      kind={kind}
      unit="kr."
      readOnly={false}
      value={value}
      onChange={(v) => {
        log.push(v)
        setValue(v)
      }}
    />
  )
}

const field = () => screen.getByLabelText('Budget') as HTMLInputElement
const type = (text: string) => {
  fireEvent.focus(field())
  fireEvent.change(field(), { target: { value: text } })
}

beforeAll(async () => {
  await initI18n('da')
})
afterEach(async () => {
  cleanup()
  await setLanguage('da')
})

describe('an amount field', () => {
  it('writes "1.250.000,50" as 1250000.5 and shows it back the Danish way', () => {
    const log: (number | null)[] = []
    render(<Card kind="kr" start={null} log={log} />)
    type('1.250.000,50')
    expect(log.at(-1)).toBe(1250000.5)
    fireEvent.blur(field())
    expect(field().value).toBe('1.250.000,50')
    expect(field().getAttribute('aria-invalid')).toBeNull()
  })

  it('reads "1,5 mio." as a million and a half, not 15', () => {
    const log: (number | null)[] = []
    render(<Card kind="kr" start={null} log={log} />)
    type('1,5 mio.')
    expect(log.at(-1)).toBe(1500000)
  })

  it('refuses "1.5" on the field, keeps the typed text, and leaves the card its last amount', () => {
    const log: (number | null)[] = []
    render(<Card kind="kr" start={40000} log={log} />)
    type('1.5')
    fireEvent.blur(field())
    expect(log).toEqual([])
    expect(field().value).toBe('1.5')
    expect(field().getAttribute('aria-invalid')).toBe('true')
    const message = document.getElementById(field().getAttribute('aria-describedby') ?? '')
    expect(message?.textContent).toMatch(/komma, fx 1,5/)

    // Coming back and correcting it clears the message and writes the amount.
    type('1,5')
    expect(log).toEqual([1.5])
    expect(field().getAttribute('aria-invalid')).toBeNull()
  })

  it('refuses a negative amount and hours in kroner', () => {
    const log: (number | null)[] = []
    render(<Card kind="hours" start={null} log={log} />)
    type('-3')
    fireEvent.blur(field())
    expect(field().getAttribute('aria-invalid')).toBe('true')
    type('12 kr.')
    expect(document.getElementById(field().getAttribute('aria-describedby') ?? '')?.textContent).toMatch(
      /timer, ikke kroner/,
    )
    type('12,5 timer')
    expect(log).toEqual([12.5])
  })

  it('says it in English in the English UI, and reads English numbers there', async () => {
    await setLanguage('en')
    const log: (number | null)[] = []
    render(<Card kind="kr" start={1250000.5} log={log} />)
    expect(field().value).toBe('1,250,000.50')
    type('1,5')
    fireEvent.blur(field())
    expect(document.getElementById(field().getAttribute('aria-describedby') ?? '')?.textContent).toMatch(
      /decimals with a point/,
    )
    type('12,500.50')
    expect(log).toEqual([12500.5])
  })

  it('empties to "not known"', () => {
    const log: (number | null)[] = []
    render(<Card kind="kr" start={500} log={log} />)
    type('')
    expect(log).toEqual([null])
  })
})
