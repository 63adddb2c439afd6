import { AppError } from '../model/errors'
import { KeyFigureTable } from '../model/keyFigures'
import type { PxCube, PxPivot } from '../model/datapakke'
import { fittingChart } from './gridToKeyFigures'

/**
 * The layout a cube gets before the user chooses: time down the side when there is a time
 * dimension (a chart over the years), the largest other dimension across, every further dimension
 * at its first value (a "total" in Statistics Denmark's tables). Single-valued dimensions are
 * simply fixed. A cube of one dimension has it down the side and the contents as its one column.
 */
export function defaultPivot(cube: PxCube): PxPivot {
  const dims = cube.dimensions.map((d, i) => ({ i, n: d.values.length, time: d.time }))
  const varying = dims.filter((d) => d.n > 1)
  const time = varying.find((d) => d.time)
  const rows = time ?? varying[0] ?? dims[0]
  const others = varying.filter((d) => d.i !== rows.i).sort((a, b) => b.n - a.n)
  const columns = others[0] ?? dims.find((d) => d.i !== rows.i) ?? rows
  const fixed: Record<string, number> = {}
  for (const d of dims) if (d.i !== rows.i && d.i !== columns.i) fixed[String(d.i)] = 0
  return { rows: rows.i, columns: columns.i, fixed }
}

/** How many dimensions have more than one value: over two, the user chooses the layout. */
export const needsPivotChoice = (cube: PxCube) =>
  cube.dimensions.filter((d) => d.values.length > 1).length > 2

/** The cube laid out as a table by `pivot`; a fixed dimension's value goes into the title. */
export function pivotPx(cube: PxCube, pivot: PxPivot): KeyFigureTable {
  const n = cube.dimensions.length
  const bad = () => new AppError('invalid-input', 'pivot does not fit the cube', { reason: 'px-pivot' })
  if (pivot.rows >= n || pivot.columns >= n) throw bad()
  const strides = new Array<number>(n).fill(1)
  for (let d = n - 2; d >= 0; d--) strides[d] = strides[d + 1] * cube.dimensions[d + 1].values.length
  let base = 0
  const fixedTexts: string[] = []
  for (let d = 0; d < n; d++) {
    if (d === pivot.rows || d === pivot.columns) continue
    const at = pivot.fixed[String(d)] ?? 0
    const dim = cube.dimensions[d]
    if (at >= dim.values.length) throw bad()
    base += at * strides[d]
    if (dim.values.length > 1) fixedTexts.push(dim.values[at])
  }
  const rowDim = cube.dimensions[pivot.rows]
  const sameDim = pivot.rows === pivot.columns
  const colDim = sameDim
    ? { name: cube.unit || cube.title, values: [cube.title] }
    : cube.dimensions[pivot.columns]
  const labels = rowDim.values.map((v) => v.slice(0, 200))
  const title = [cube.title, ...fixedTexts].join(', ').slice(0, 300)
  return KeyFigureTable.parse({
    title,
    source: cube.source.slice(0, 500),
    labelHeading: rowDim.name.slice(0, 200),
    columns: colDim.values.map((v) => v.slice(0, 200)),
    unit: cube.unit.slice(0, 50),
    rows: rowDim.values.map((_, r) => ({
      label: labels[r],
      values: colDim.values.map((_, c) =>
        sameDim
          ? cube.data[base + r * strides[pivot.rows]]
          : cube.data[base + r * strides[pivot.rows] + c * strides[pivot.columns]],
      ),
    })),
    chart: fittingChart(labels),
  })
}
