import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { PxPivot, ReadTable } from '../../../../shared/model/datapakke'
import type { KeyFigureTable } from '../../../../shared/model/keyFigures'
import { defaultPivot, pivotPx } from '../../../../shared/derive/pivotPx'
import { Notes } from './Notes'

export type Pivots = Record<number, PxPivot | undefined>

/** The table as chosen: a PX cube in the user's layout, anything else as read. */
export function tableOf(read: ReadTable, pivot: PxPivot | undefined): KeyFigureTable {
  return read.cube && pivot ? pivotPx(read.cube, pivot) : read.table
}

type Props = {
  read: ReadTable
  chosen: boolean
  onChosen: (on: boolean) => void
  pivot: PxPivot | undefined
  onPivot: (p: PxPivot) => void
}

/** One table of the file: a checkbox, its size, what the reader noted, a privacy warning, a
 * preview of its first rows and, for a PX cube of more than two dimensions, its layout. */
export function TableChoice({ read, chosen, onChosen, pivot, onPivot }: Props) {
  const { t } = useTranslation('datapakke')
  const id = useId()
  const cube = read.cube
  const layout = cube ? (pivot ?? defaultPivot(cube)) : undefined
  const shown = tableOf(read, layout)
  const preview = cube
    ? [
        [shown.labelHeading, ...shown.columns],
        ...shown.rows
          .slice(0, 6)
          .map((r) => [r.label, ...r.values.map((v) => (v === null ? '..' : String(v)))]),
      ]
    : read.preview
  return (
    <div className="datapakke-item">
      <label className="datapakke-check">
        <input
          type="checkbox"
          checked={chosen}
          onChange={(e) => onChosen(e.target.checked)}
          aria-describedby={`${id}-size`}
        />
        <span className="datapakke-name">{read.name}</span>
      </label>
      <span id={`${id}-size`} className="datapakke-size">
        {t('size', read.size)}
      </span>
      {read.flagged.length > 0 && (
        <p className="datapakke-privacy" role="note">
          {t('privacy', { count: read.flagged.length })}
        </p>
      )}
      <Notes notes={read.notes} />
      {cube && layout && cube.dimensions.filter((d) => d.values.length > 1).length > 2 && (
        <fieldset className="datapakke-pivot">
          <legend>{t('pivot.legend')}</legend>
          {(['rows', 'columns'] as const).map((axis) => (
            <label key={axis}>
              {t(`pivot.${axis}`)}
              <select
                value={layout[axis]}
                onChange={(e) => {
                  const next = { ...layout, [axis]: Number(e.target.value) }
                  const fixed: Record<string, number> = {}
                  cube.dimensions.forEach((_, d) => {
                    if (d !== next.rows && d !== next.columns) fixed[String(d)] = layout.fixed[String(d)] ?? 0
                  })
                  onPivot({ ...next, fixed })
                }}
              >
                {cube.dimensions.map((d, i) => (
                  <option key={d.name} value={i}>
                    {d.name}
                  </option>
                ))}
              </select>
            </label>
          ))}
          {cube.dimensions.map((d, i) =>
            i === layout.rows || i === layout.columns || d.values.length < 2 ? null : (
              <label key={d.name}>
                {t('pivot.fixed', { name: d.name })}
                <select
                  value={layout.fixed[String(i)] ?? 0}
                  onChange={(e) =>
                    onPivot({ ...layout, fixed: { ...layout.fixed, [String(i)]: Number(e.target.value) } })
                  }
                >
                  {d.values.map((v, vi) => (
                    <option key={v} value={vi}>
                      {v}
                    </option>
                  ))}
                </select>
              </label>
            ),
          )}
        </fieldset>
      )}
      <div className="datapakke-preview">
        <table>
          <caption>{t('preview', { name: read.name })}</caption>
          <thead>
            <tr>
              {(preview[0] ?? []).map((h, i) => (
                <th key={i} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.slice(1).map((row, r) => (
              <tr key={r}>
                {row.map((c, i) => (
                  <td key={i}>{c}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}
