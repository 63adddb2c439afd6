import { useId, useState } from 'react'
import type { Editor } from '@tiptap/react'
import { useTranslation } from 'react-i18next'
import type { Finding, FindingFix } from '../../../../../shared/derive/accessibility/accessibilityFindings'
import { fixFinding, showFinding, type FindingDialogs } from './findingActions'
import './accessibility.css'

type Props = { editor: Editor; findings: Finding[]; dialogs: FindingDialogs; readOnly: boolean }

const findingKey = (f: Finding) => `${f.kind}:${f.path.join('.')}`

/** "Tilgængelighed": what the check found, each with Vis (go there) and, where it can, Ret. */
export function AccessibilityPanel({ editor, findings, dialogs, readOnly }: Props) {
  const { t } = useTranslation('a11y')
  const [gone, setGone] = useState(false)
  const run = (done: boolean) => setGone(!done)
  return (
    <div className="a11y-panel">
      <p className="a11y-count" role="status">
        {findings.length ? t('summary.count', { count: findings.length }) : t('panel.none')}
      </p>
      {gone && <p className="a11y-gone">{t('panel.gone')}</p>}
      {findings.length > 0 && (
        <ol className="a11y-list" aria-label={t('panel.label')}>
          {findings.map((f) => (
            <FindingItem
              key={findingKey(f)}
              finding={f}
              onShow={() => run(showFinding(editor, f))}
              onFix={readOnly || !f.fix ? undefined : () => run(fixFinding(editor, f, dialogs))}
            />
          ))}
        </ol>
      )}
      <p className="a11y-about">{t('panel.about')}</p>
    </div>
  )
}

function FindingItem(props: { finding: Finding; onShow: () => void; onFix?: () => void }) {
  const { t } = useTranslation('a11y')
  const { finding: f, onShow, onFix } = props
  const messageId = useId()
  const fixName = f.fix ? fixLabel(t, f.fix) : ''
  return (
    <li className="a11y-finding" data-kind={f.kind}>
      <p id={messageId} className="a11y-message">
        {t(f.messageKey, f.values)}
      </p>
      <div className="a11y-actions">
        <button type="button" className="btn a11y-btn" aria-describedby={messageId} onClick={onShow}>
          {t('panel.show')}
        </button>
        {onFix && (
          <button
            type="button"
            className="btn a11y-btn"
            aria-label={t('panel.fixNamed', { what: fixName })}
            aria-describedby={messageId}
            title={fixName}
            onClick={onFix}
          >
            {t('panel.fix')}
          </button>
        )}
      </div>
    </li>
  )
}

type T = (key: string, values?: Record<string, unknown>) => string
const fixLabel = (t: T, fix: FindingFix) =>
  fix.kind === 'set-heading-level'
    ? t('fixes.set-heading-level', { level: fix.level })
    : t(`fixes.${fix.kind}`)
