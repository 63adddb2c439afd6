import { useTranslation } from 'react-i18next'
import { Modal } from '../../components/Modal'
import { shortcutList } from './shortcutList'
import './help.css'

/** The ten parts of a local development plan, in the order municipalities' guides give them. */
export const GUIDE_SECTIONS = [
  'intro',
  'area',
  'analysis',
  'vision',
  'focus',
  'initiatives',
  'actionPlan',
  'organisation',
  'municipality',
  'appendix',
] as const

/** "Hjælp": how to write the plan, part by part, and the keyboard shortcuts. */
export function HelpDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('help')
  return (
    <Modal
      title={t('title')}
      open={open}
      onClose={onClose}
      footer={
        <button type="button" className="btn" onClick={onClose}>
          {t('close')}
        </button>
      }
    >
      {/* Scrolls on a small screen, so it takes focus: the keyboard can scroll it too. */}
      <div className="help" tabIndex={0} role="region" aria-label={t('title')}>
        <section aria-labelledby="help-guide">
          <h3 id="help-guide">{t('guide.title')}</h3>
          <p>{t('guide.lead')}</p>
          <ol className="help-guide">
            {GUIDE_SECTIONS.map((id) => (
              <li key={id}>
                <strong>{t(`guide.${id}.title`)}</strong> {t(`guide.${id}.text`)}
              </li>
            ))}
          </ol>
          <p>{t('guide.outro')}</p>
        </section>
        <section aria-labelledby="help-keys">
          <h3 id="help-keys">{t('keys.title')}</h3>
          <table className="help-keys">
            <thead>
              <tr>
                <th scope="col">{t('keys.what')}</th>
                <th scope="col">{t('keys.keys')}</th>
              </tr>
            </thead>
            <tbody>
              {shortcutList().map((s) => (
                <tr key={s.id}>
                  <td>{s.ns === 'editor' ? t(`editor:action.${s.id}`) : t(`keys.${s.id}`)}</td>
                  <td>
                    <kbd>{s.keys}</kbd>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
    </Modal>
  )
}
