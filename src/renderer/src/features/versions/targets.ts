import type { TFunction } from 'i18next'
import type { BackupSummary, VersionSummary } from '../../../../shared/model/versions'
import { friendlyDate } from './friendlyDate'

/** An older state the user can look at, compare or go back to. */
export type Target = { kind: 'version'; version: VersionSummary } | { kind: 'backup'; backup: BackupSummary }

export function targetLabel(target: Target, t: TFunction, lang: string): string {
  return target.kind === 'version'
    ? t('versions:versionLabel', { name: target.version.name })
    : t('versions:backupLabel', { when: friendlyDate(target.backup.savedAt, t, lang) })
}

export function targetKey(target: Target): string {
  return target.kind === 'version' ? target.version.id : `g-${target.backup.seq}`
}
