import * as echarts from 'echarts/core'
import { BarChart, LineChart } from 'echarts/charts'
import { GridComponent, LegendComponent } from 'echarts/components'
import { SVGRenderer } from 'echarts/renderers'
import type { KeyFigureTable } from '../../../../../../shared/model/keyFigures'
import { drawnChartKind } from '../../../../../../shared/document/keyFigures/suggestChart'
import { formatNumber, type Lang } from '../../../../../../shared/derive/format'

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, SVGRenderer])

/** The Word export's series colours (export/docx/keyFiguresChart.ts), so screen and paper agree. */
const COLOURS = ['#1F4E79', '#C55A11', '#548235', '#7F6000', '#7030A0', '#2E75B6']
const INK = '#1f2933'
const MUTED = '#52606d'
const RULE = '#d5dbe1'

type Size = { width: number; height: number }

/** The ECharts option of a Nøgletal block: the same kinds, order and colours as the Word chart. */
function chartOption(t: KeyFigureTable, lang: Lang) {
  const kind = drawnChartKind(t)
  const labels = t.rows.map((r) => r.label)
  const n = (v: number) => formatNumber(Math.abs(v), lang)
  const horizontal = kind === 'bars' || kind === 'pyramid'
  const categoryAxis = {
    type: 'category' as const,
    data: labels,
    inverse: kind === 'bars',
    axisLabel: { color: MUTED, fontSize: 12 },
    axisLine: { lineStyle: { color: RULE } },
    axisTick: { show: false },
  }
  // A pyramid's two sides are compared by their length: the axis reaches as far each way from 0.
  const reach =
    kind === 'pyramid' ? Math.max(0, ...t.rows.flatMap((r) => r.values.map((v) => Math.abs(v ?? 0)))) : null
  const valueAxis = {
    type: 'value' as const,
    // A development is read from its shape: a line's axis fits its values, as Word's does.
    scale: kind === 'line',
    ...(reach ? { min: -reach, max: reach } : {}),
    axisLabel: { color: MUTED, fontSize: 12, formatter: (v: number) => n(v) },
    splitLine: { lineStyle: { color: RULE } },
  }
  const series = t.columns.map((name, i) => ({
    name: name || String(i + 1),
    type: kind === 'line' ? ('line' as const) : ('bar' as const),
    stack: kind === 'stacked' || kind === 'pyramid' ? 'all' : undefined,
    color: COLOURS[i % COLOURS.length],
    barMaxWidth: 48,
    symbolSize: 6,
    data: t.rows.map((r) => {
      const v = r.values[i] ?? null
      return v !== null && kind === 'pyramid' && i === 0 ? -v : v
    }),
  }))
  return {
    animation: false,
    textStyle: { fontFamily: "Calibri, Carlito, 'Segoe UI', sans-serif", color: INK },
    legend: t.columns.length > 1 ? { bottom: 0, textStyle: { color: INK, fontSize: 12 } } : undefined,
    grid: { left: 8, right: 16, top: 16, bottom: t.columns.length > 1 ? 36 : 8 },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? { ...categoryAxis, position: 'left' as const } : valueAxis,
    series,
  }
}

/**
 * The chart of a Nøgletal block as an SVG document, drawn by ECharts' server-side SVG renderer:
 * no canvas, no DOM, no eval (so it runs under the app's CSP and in the tests), the same from the
 * same data. The editor shows it as an <img> from a data: URL (see KeyFiguresView for why).
 */
export function keyFiguresSvg(t: KeyFigureTable, lang: Lang, size: Size): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, ...size })
  try {
    chart.setOption(chartOption(t, lang))
    return chart.renderToSVGString()
  } finally {
    chart.dispose()
  }
}

export const svgDataUrl = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
