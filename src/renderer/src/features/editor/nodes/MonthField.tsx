import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  MONTH_NAMES,
  formatMonthLong,
  joinMonth,
  parseMonth,
  splitMonth,
  type Lang,
} from '../../../../../shared/format/months'

type Props = { label: string; value: string; readOnly: boolean; onChange: (v: string) => void }

/**
 * A month ("YYYY-MM") as one text field with a list of months: one Tab stop, month names in the
 * UI's language, typed entry ("mar 2027", "3/2027") understood by shared/format/months.ts. The
 * browser's own month input showed English names and dashes, and took three Tab stops.
 *
 * Typed text is written when the field is left or Enter is pressed; text that is not a month is
 * refused on the field (aria-invalid, a message) and kept as typed, never dropped or guessed.
 * The list: ArrowDown/ArrowUp walk the months (on past December into the next year), Enter takes
 * the highlighted month, Escape closes the list.
 */
export function MonthField({ label, value, readOnly, onChange }: Props) {
  const { t, i18n } = useTranslation('cards')
  const lang: Lang = i18n.language === 'en' ? 'en' : 'da'
  const id = useId()
  const listId = `${id}-months`
  const errorId = `${id}-error`
  const [draft, setDraft] = useState<string | null>(null)
  const [invalid, setInvalid] = useState(false)
  const [active, setActive] = useState<string | null>(null)
  const input = useRef<HTMLInputElement>(null)
  const open = active !== null
  const shownYear = splitMonth(active ?? '')?.year ?? new Date().getFullYear()

  // The stored value changed from outside (undo, another field's edit): show it, drop a stale error.
  useEffect(() => {
    setDraft(null)
    setInvalid(false)
  }, [value])

  const commit = (text: string) => {
    const parsed = parseMonth(text)
    if (parsed === null) {
      setInvalid(true)
      return false
    }
    setInvalid(false)
    setDraft(null)
    if (parsed !== value) onChange(parsed)
    return true
  }
  const choose = (month: string) => {
    setActive(null)
    setInvalid(false)
    setDraft(null)
    if (month !== value) onChange(month)
  }
  const step = (from: string | null, by: number) => {
    const start = splitMonth(from ?? '') ??
      splitMonth(value) ?? { year: new Date().getFullYear(), month: new Date().getMonth() + 1 }
    const index = start.year * 12 + (start.month - 1) + (from === null ? 0 : by)
    return joinMonth(Math.floor(index / 12), (index % 12) + 1)
  }

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (readOnly) return
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      setActive(step(active, e.key === 'ArrowDown' ? 1 : -1))
    } else if (e.key === 'Enter') {
      e.preventDefault()
      if (active) choose(active)
      else commit(input.current?.value ?? '')
    } else if (e.key === 'Escape' && open) {
      e.preventDefault()
      e.stopPropagation()
      setActive(null)
    }
  }

  const months = MONTH_NAMES[lang].map((_, i) => joinMonth(shownYear, i + 1))
  return (
    <div className="initiative-field month-field">
      <label htmlFor={id}>{label}</label>
      <input
        ref={input}
        id={id}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="none"
        aria-activedescendant={active ? `${listId}-${active}` : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
        autoComplete="off"
        placeholder={t('month.placeholder')}
        value={draft ?? formatMonthLong(value, lang)}
        readOnly={readOnly}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setActive(null)
          if (draft !== null) commit(draft)
        }}
      />
      {open && (
        <ul
          id={listId}
          role="listbox"
          className="month-list"
          aria-label={t('month.list', { year: shownYear })}
        >
          <li role="presentation" className="month-list-year" aria-hidden="true">
            {shownYear}
          </li>
          {months.map((m, i) => (
            <li
              key={m}
              id={`${listId}-${m}`}
              role="option"
              aria-selected={m === active}
              data-current={m === value || undefined}
              className="month-option"
              // Keeps focus in the field, so the list is not closed by the field's blur first.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(m)}
            >
              {MONTH_NAMES[lang][i]}
            </li>
          ))}
        </ul>
      )}
      {invalid && (
        <span className="initiative-field-error" id={errorId} role="alert">
          {t('month.invalid')}
        </span>
      )}
    </div>
  )
}
