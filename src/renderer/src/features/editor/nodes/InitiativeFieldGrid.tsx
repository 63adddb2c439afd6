import { useTranslation } from 'react-i18next'
import type { InitiativeAttrs } from '../../../../../shared/document/initiative/initiative'
import { ListField, TextField } from './InitiativeFields'
import { AmountField } from './AmountField'
import { MonthField } from './MonthField'

type Props = {
  attrs: InitiativeAttrs
  raw: (key: 'lead' | 'group') => string
  readOnly: boolean
  set: (patch: Partial<InitiativeAttrs>) => void
}

/** The card's structured fields under its description: who, when, what it costs and who pays. */
export function InitiativeFieldGrid({ attrs, raw, readOnly, set }: Props) {
  const { t } = useTranslation('focus')
  return (
    <div className="initiative-fields" contentEditable={false}>
      <TextField
        label={t('initiative.lead')}
        value={raw('lead')}
        readOnly={readOnly}
        onChange={(lead) => set({ lead })}
      />
      <TextField
        label={t('initiative.group')}
        value={raw('group')}
        readOnly={readOnly}
        onChange={(group) => set({ group })}
      />
      <MonthField
        label={t('initiative.start')}
        value={attrs.start}
        readOnly={readOnly}
        onChange={(start) => set({ start })}
      />
      <MonthField
        label={t('initiative.end')}
        value={attrs.end}
        readOnly={readOnly}
        onChange={(end) => set({ end })}
      />
      <AmountField
        kind="kr"
        label={t('initiative.budget')}
        unit={t('initiative.kroner')}
        value={attrs.budget}
        readOnly={readOnly}
        onChange={(budget) => set({ budget })}
      />
      <AmountField
        kind="kr"
        label={t('initiative.ownFunding')}
        unit={t('initiative.kroner')}
        value={attrs.ownFundingKr}
        readOnly={readOnly}
        onChange={(ownFundingKr) => set({ ownFundingKr })}
      />
      <AmountField
        kind="hours"
        label={t('initiative.volunteerHours')}
        unit={t('initiative.hours')}
        value={attrs.volunteerHours}
        readOnly={readOnly}
        onChange={(volunteerHours) => set({ volunteerHours })}
      />
      <ListField
        wide
        label={t('initiative.funding')}
        hint={t('initiative.fundingHint')}
        value={attrs.fundingSources}
        readOnly={readOnly}
        onChange={(fundingSources) => set({ fundingSources })}
      />
    </div>
  )
}
