import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DiffPart, DocDiff } from '../../../../shared/model/versions'
import { InitiativeChange } from './InitiativeChange'

/** A marked piece of text: underlined with a + for added, struck through with a − for removed, and
 * said out loud for a screen reader; never told by colour alone. */
function Part({ part }: { part: DiffPart }) {
  const { t } = useTranslation('versions')
  if (part.kind === 'same') return <span>{part.text}</span>
  const Tag = part.kind === 'added' ? 'ins' : 'del'
  return (
    <Tag className={`diff-${part.kind}`}>
      <span className="diff-sign" aria-hidden="true">
        {part.kind === 'added' ? '+' : '−'}
      </span>
      <span className="visually-hidden">{t(`compare.${part.kind}Start`)}</span>
      {part.text}
      <span className="visually-hidden">{t(`compare.${part.kind}End`)}</span>
    </Tag>
  )
}

/** What changed between two states, block by block; unchanged blocks are hidden unless asked for. */
export function CompareView({
  diff,
  fromLabel,
  toLabel,
  focusTitle = (id) => id,
}: {
  diff: DocDiff
  fromLabel: string
  toLabel: string
  /** A focus area's title by id (the plan's catalogue), for initiatives whose areas changed. */
  focusTitle?: (id: string) => string
}) {
  const { t } = useTranslation('versions')
  const [showSame, setShowSame] = useState(false)
  const changed = diff.blocks.some((b) => b.kind !== 'same')
  const fields = diff.blocks.reduce(
    (n, b) => n + (b.kind === 'changed' ? (b.initiative?.fields.length ?? 0) : 0),
    0,
  )
  const shown = showSame ? diff.blocks : diff.blocks.filter((b) => b.kind !== 'same')
  return (
    <section className="compare" aria-label={t('compare.title')}>
      <p className="compare-sides">{t('compare.sides', { from: fromLabel, to: toLabel })}</p>
      <p className="compare-summary" role="status">
        {changed
          ? [
              t('compare.summary', { added: diff.added, removed: diff.removed }),
              fields ? t('compare.fieldsSummary', { count: fields }) : '',
            ].join(' ')
          : t('compare.noChanges')}
      </p>
      <p className="compare-legend">
        <ins className="diff-added">
          <span className="diff-sign" aria-hidden="true">
            +
          </span>
          {t('compare.legendAdded')}
        </ins>{' '}
        <del className="diff-removed">
          <span className="diff-sign" aria-hidden="true">
            −
          </span>
          {t('compare.legendRemoved')}
        </del>
      </p>
      {diff.blocks.some((b) => b.kind === 'same') && (
        <label className="choice compare-toggle">
          <input type="checkbox" checked={showSame} onChange={(e) => setShowSame(e.target.checked)} />
          <span>{t('compare.showSame')}</span>
        </label>
      )}
      <ol className="compare-blocks">
        {shown.map((block, i) => (
          <li key={i} className={`compare-block compare-${block.kind}`}>
            {block.initiative ? (
              <InitiativeChange block={{ ...block, initiative: block.initiative }} focusTitle={focusTitle} />
            ) : (
              block.parts.map((part, j) => <Part key={j} part={part} />)
            )}
          </li>
        ))}
      </ol>
    </section>
  )
}
