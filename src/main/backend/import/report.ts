import type { ImportReportItem, ImportReportKind } from '../../../shared/model/review'

const MAX_SAMPLES = 3
const MAX_SAMPLE_CHARS = 300

/** Collects what could not come across as it was, counted per kind with a few samples of the text. */
export class ReportCollector {
  private items = new Map<ImportReportKind, { count: number; samples: string[] }>()

  add(kind: ImportReportKind, sample?: string, count = 1): void {
    if (count <= 0) return
    const item = this.items.get(kind) ?? { count: 0, samples: [] }
    item.count += count
    const s = sample?.replace(/\s+/g, ' ').trim()
    if (s && item.samples.length < MAX_SAMPLES && !item.samples.includes(s)) {
      item.samples.push(s.length > MAX_SAMPLE_CHARS ? `${s.slice(0, MAX_SAMPLE_CHARS - 1)}…` : s)
    }
    this.items.set(kind, item)
  }

  /** Takes back what the scan counted as lost, once it is known to come across after all. */
  drop(kind: ImportReportKind): void {
    this.items.delete(kind)
  }

  list(): ImportReportItem[] {
    return [...this.items].map(([kind, v]) => ({ kind, count: v.count, samples: v.samples }))
  }
}
