import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { actionPlanRows, formatKr, type Lang } from '../../../../../shared/derive'
import { useDerivedDoc } from './derivedSource'
import { JumpToInitiative, usePrintedAsPdf } from './JumpToInitiative'
import './nodes.css'

/** "mar. 2027 – dec. 2027" may break at the dash, never inside a month. */
const keepMonthsWhole = (when: string) =>
  when.replace(/(\S+) (\d{4})/g, '$1\u00a0$2').replace(' – ', '\u00a0– ')

/** "Handlingsplan": a table computed from the initiatives, exactly as the Word export computes it. */
export function ActionPlanView({ editor, selected }: ReactNodeViewProps) {
  const { t, i18n } = useTranslation('focus')
  const lang: Lang = i18n.language === 'en' ? 'en' : 'da'
  const doc = useDerivedDoc(editor)
  const printing = usePrintedAsPdf(editor)
  const rows = useMemo(() => actionPlanRows(doc, lang), [doc, lang])
  const total = rows.reduce((s, r) => s + (r.budget ?? 0), 0)

  return (
    <NodeViewWrapper className="derived-block" data-selected={selected || undefined} data-drag-handle>
      <div className="derived-head" contentEditable={false}>
        <div className="derived-title">{t('actionPlan.title')}</div>
        <span className="derived-note">{t('derived.live')}</span>
      </div>
      {rows.length === 0 ? (
        <p className="derived-empty">{t('actionPlan.empty')}</p>
      ) : (
        <div className="derived-scroll">
          <table className="derived-table action-plan-table">
            <caption className="visually-hidden">{t('actionPlan.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('actionPlan.what')}</th>
                <th scope="col">{t('actionPlan.who')}</th>
                <th scope="col">{t('actionPlan.when')}</th>
                <th scope="col" className="num">
                  {t('actionPlan.budget')}
                </th>
                <th scope="col">{t('actionPlan.funding')}</th>
                <th scope="col">{t('actionPlan.status')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.initiative.index}>
                  <th scope="row">
                    <JumpToInitiative
                      editor={editor}
                      index={r.initiative.index}
                      name={r.what}
                      printing={printing}
                    />
                  </th>
                  <td>{r.who}</td>
                  <td>{keepMonthsWhole(r.when)}</td>
                  <td className="num">{formatKr(r.budget, lang)}</td>
                  <td>{r.funding}</td>
                  <td>
                    <span className="status-pill" data-status={r.status}>
                      {t(`status.${r.status}`)}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={3}>
                  {t('actionPlan.total')}
                </th>
                <td className="num">{formatKr(total, lang)}</td>
                <td colSpan={2} />
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </NodeViewWrapper>
  )
}
