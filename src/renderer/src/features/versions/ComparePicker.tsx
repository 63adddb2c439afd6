import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { VersionSummary } from '../../../../shared/model/versions'

type Props = {
  versions: VersionSummary[]
  onCompare: (from: string, to: string, fromLabel: string, toLabel: string) => void
}

/** "Sammenlign to versioner": any named version against another or against the plan as it is now. */
export function ComparePicker({ versions, onCompare }: Props) {
  const { t } = useTranslation('versions')
  const options = [
    ...versions.map((v) => ({ value: v.id, label: t('versionLabel', { name: v.name }) })),
    { value: 'current', label: t('now') },
  ]
  const [from, setFrom] = useState(versions[0]?.id ?? 'current')
  const [to, setTo] = useState('current')
  const fromId = useId()
  const toId = useId()
  const labelOf = (value: string) => options.find((o) => o.value === value)?.label ?? value
  return (
    <fieldset className="compare-picker">
      <legend>{t('compare.pickTitle')}</legend>
      <label htmlFor={fromId}>{t('compare.from')}</label>
      <select id={fromId} value={from} onChange={(e) => setFrom(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <label htmlFor={toId}>{t('compare.to')}</label>
      <select id={toId} value={to} onChange={(e) => setTo(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="btn"
        disabled={from === to}
        onClick={() => onCompare(from, to, labelOf(from), labelOf(to))}
      >
        {t('compare.button')}
      </button>
    </fieldset>
  )
}
