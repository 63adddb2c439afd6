import { useId } from 'react'

type Props<T extends string> = {
  legend: string
  options: readonly T[]
  value: T
  label: (option: T) => string
  onChange: (option: T) => void
}

/** A row of radio buttons under one legend: native radios, so arrow keys move the choice and a
 * screen reader reads "Størrelse, Lille, 1 af 3". */
export function ChoiceRadios<T extends string>({ legend, options, value, label, onChange }: Props<T>) {
  const name = useId()
  return (
    <fieldset className="image-choices">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o} className="image-choice">
          <input type="radio" name={name} value={o} checked={value === o} onChange={() => onChange(o)} />
          {label(o)}
        </label>
      ))}
    </fieldset>
  )
}
