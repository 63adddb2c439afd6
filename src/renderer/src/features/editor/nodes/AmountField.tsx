import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatKroner, formatNumber, type Lang } from '../../../../../shared/derive/format'
import { parseAmount, type AmountKind } from '../../../../../shared/format/danishNumber'
import { Field } from './InitiativeFields'

type Props = {
  label: string
  readOnly: boolean
  kind: AmountKind
  unit: string
  value: number | null
  onChange: (v: number | null) => void
}

const shown = (value: number | null, kind: AmountKind, lang: Lang) =>
  value == null ? '' : kind === 'kr' ? formatKroner(value, lang) : formatNumber(value, lang)

/**
 * Kroner or hours, read as the user's language writes numbers (shared/format/danishNumber.ts).
 * Every keystroke that reads as an amount is written to the card at once; text that does not is
 * never guessed at: the card keeps its last amount, the field keeps exactly what was typed and,
 * from the moment the user leaves it, says what to write instead (until then a half-typed
 * "1.2" on the way to "1.250" is not scolded). Shown in the language's own form when not edited.
 */
export function AmountField(props: Props) {
  const { t, i18n } = useTranslation('editor')
  const lang: Lang = i18n.language === 'en' ? 'en' : 'da'
  const id = useId()
  const errorId = `${id}-error`
  const [draft, setDraft] = useState<string | null>(null)
  const [left, setLeft] = useState(false)
  const verdict = draft == null ? null : parseAmount(draft, props.kind, lang)
  const refusal = verdict && !verdict.ok ? verdict.reason : null
  const showError = refusal != null && left

  return (
    <Field label={props.label} id={id}>
      <span className="initiative-amount">
        <input
          id={id}
          value={draft ?? shown(props.value, props.kind, lang)}
          readOnly={props.readOnly}
          aria-invalid={showError || undefined}
          aria-describedby={showError ? errorId : undefined}
          onFocus={() => setDraft((d) => d ?? shown(props.value, props.kind, lang))}
          onBlur={() => {
            setLeft(refusal != null)
            if (!refusal) setDraft(null)
          }}
          onChange={(e) => {
            const text = e.target.value
            setDraft(text)
            const read = parseAmount(text, props.kind, lang)
            if (read.ok && read.value !== props.value) props.onChange(read.value)
          }}
        />
        <span className="initiative-unit" aria-hidden="true">
          {props.unit}
        </span>
      </span>
      {showError && (
        <span className="initiative-field-error" id={errorId} role="alert">
          {t(`amount.${props.kind}.${refusal}`)}
        </span>
      )}
    </Field>
  )
}
