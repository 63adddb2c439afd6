import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Field } from './Field'
import { api } from '../../api/client'
import type { MeetingInterface, MeetingView } from '../../../../shared/model/meeting'
import { QrCode } from './QrCode'
import { inBackground } from '../errors/inBackground'

type Props = {
  planId: string
  view: MeetingView | null
  sections: string[]
  run: (f: () => Promise<MeetingView>) => Promise<boolean>
}

/** Start and end the meeting: which network, what the phones need, and the QR code and address. */
export function MeetingStart({ planId, view, sections, run }: Props) {
  const { t } = useTranslation('meeting')
  const [interfaces, setInterfaces] = useState<MeetingInterface[]>([])
  const [address, setAddress] = useState('')

  useEffect(() => {
    inBackground(
      api['meeting.interfaces']().then((list) => {
        setInterfaces(list)
        setAddress((a) => a || list[0]?.address || '127.0.0.1')
      }),
      'MeetingStart',
    )
  }, [])

  if (view?.running && view.url && view.qr) {
    const shown = view.url.replace(/^http:\/\//, '')
    return (
      <div className="meeting-start">
        <p>{t('panel.running')}</p>
        <QrCode rows={view.qr} label={t('panel.qrLabel', { url: shown })} />
        <p className="meeting-address" data-testid="meeting-address">
          {shown}
        </p>
        <p>
          {t('panel.code')}: <strong className="meeting-code">{view.code}</strong>
        </p>
        <p className="meeting-hint">{t('panel.oneBrowser')}</p>
        <button
          type="button"
          className="btn"
          onClick={() =>
            inBackground(
              run(() => api['meeting.stop']({ planId })),
              'MeetingStart',
            )
          }
        >
          {t('panel.stop')}
        </button>
      </div>
    )
  }
  return (
    <div className="meeting-start">
      <p>{t('panel.intro')}</p>
      <Field label={t('panel.network')}>
        <select value={address} onChange={(e) => setAddress(e.target.value)}>
          {interfaces.map((i) => (
            <option key={i.address} value={i.address}>
              {i.address === '127.0.0.1' ? t('panel.onlyThisComputer') : `${i.name} – ${i.address}`}
            </option>
          ))}
        </select>
      </Field>
      <p className="meeting-hint">{t('panel.wifiNote')}</p>
      <p className="meeting-hint">{t('panel.firewallNote')}</p>
      <button
        type="button"
        className="btn btn-primary"
        disabled={!address}
        onClick={() =>
          inBackground(
            run(() => api['meeting.start']({ planId, address, sections })),
            'MeetingStart',
          )
        }
      >
        {t('panel.start')}
      </button>
      {view?.record?.endedAt && <p className="meeting-hint">{t('panel.stopped')}</p>}
    </div>
  )
}
