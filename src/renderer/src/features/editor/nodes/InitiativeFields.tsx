import { useId, useState, type ReactNode } from 'react'
import { INITIATIVE_TEXT_MAX } from '../../../../../shared/document/initiative/initiativeAttrs'

type Common = { label: string; readOnly: boolean; hint?: string; wide?: boolean }

/** A labelled field of the card's grid; amounts live in AmountField.tsx. */
export function Field({
  label,
  hint,
  wide,
  id,
  children,
}: Omit<Common, 'readOnly'> & { id: string; children: ReactNode }) {
  return (
    <div className={wide ? 'initiative-field initiative-field-wide' : 'initiative-field'}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && (
        <span className="initiative-field-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
    </div>
  )
}

export function TextField(props: Common & { value: string; onChange: (v: string) => void }) {
  const id = useId()
  return (
    <Field {...props} id={id}>
      <input
        id={id}
        value={props.value}
        maxLength={INITIATIVE_TEXT_MAX}
        readOnly={props.readOnly}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </Field>
  )
}

/** A comma-separated list (funding sources). The typed text is kept while editing, so a trailing
 * comma does not vanish under the cursor; the list is written on every keystroke all the same. */
export function ListField(props: Common & { value: string[]; onChange: (v: string[]) => void }) {
  const id = useId()
  const [draft, setDraft] = useState<string | null>(null)
  const parse = (s: string) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean)
  return (
    <Field {...props} id={id}>
      <input
        id={id}
        value={draft ?? props.value.join(', ')}
        readOnly={props.readOnly}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
        onFocus={() => setDraft(props.value.join(', '))}
        onBlur={() => setDraft(null)}
        onChange={(e) => {
          setDraft(e.target.value)
          props.onChange(parse(e.target.value))
        }}
      />
    </Field>
  )
}
