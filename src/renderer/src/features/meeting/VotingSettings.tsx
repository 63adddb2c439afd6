import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import type { MeetingRecord, MeetingView } from '../../../../shared/model/meeting'
import { inBackground } from '../errors/inBackground'

type Props = {
  planId: string
  record: MeetingRecord
  voters: number
  run: (f: () => Promise<MeetingView>) => Promise<boolean>
}

/** N dots per phone, M per idea, and open or closed. */
export function VotingSettings({ planId, record, voters, run }: Props) {
  const { t } = useTranslation('meeting')
  const voting = record.voting
  const set = (patch: Partial<typeof voting>) =>
    inBackground(
      run(() => api['meeting.setVoting']({ planId, voting: { ...voting, ...patch } })),
      'VotingSettings',
    )
  const number = (value: string, fallback: number) => {
    const n = Math.round(Number(value))
    return Number.isFinite(n) ? Math.min(20, Math.max(1, n)) : fallback
  }
  return (
    <fieldset className="meeting-voting">
      <legend>{t('panel.voting')}</legend>
      <label className="meeting-field">
        <span>{t('panel.dotsPerPhone')}</span>
        <input
          type="number"
          min={1}
          max={20}
          value={voting.dots}
          onChange={(e) => set({ dots: number(e.target.value, voting.dots) })}
        />
      </label>
      <label className="meeting-field">
        <span>{t('panel.maxPerIdea')}</span>
        <input
          type="number"
          min={1}
          max={20}
          value={voting.maxPerIdea}
          onChange={(e) => set({ maxPerIdea: number(e.target.value, voting.maxPerIdea) })}
        />
      </label>
      <p className="meeting-hint" aria-live="polite">
        {voting.open ? t('panel.votingOpen') : t('phone.votingClosed')} ·{' '}
        {t('panel.voters', { count: voters })}
      </p>
      <button type="button" className="btn" onClick={() => set({ open: !voting.open })}>
        {voting.open ? t('panel.closeVoting') : t('panel.openVoting')}
      </button>
    </fieldset>
  )
}
