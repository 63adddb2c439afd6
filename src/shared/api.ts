/**
 * THE contract between the renderer and the main process. Every command is named here with the
 * zod schema its input must pass before any handler runs, and the type of its result. The preload
 * exposes exactly these names; main/ipc.ts refuses any other.
 */
import { z } from 'zod'
import { PlanId, SafeId } from './model/ids'
import {
  DocJSON,
  PlanKind,
  type Plan,
  type PlanSummary,
  type QuarantinedPlan,
  type PlanMeta,
} from './model/plan'
import { Catalogue } from './model/catalogue'
import type { OverviewAddResult, OverviewEntry } from './model/overview'
import type { CatalogueSummary } from './model/catalogueSummary'
import { YearWheel, type YearWheelSummary } from './model/yearWheel'
import { YearlyStatusNotes } from './model/yearlyStatus'
import type { FundProfile, FundProfileSummary } from './model/fundProfile'
import { FundApplicationSchema } from './document/initiative/application'
import type { ApplicationDeadline } from './derive/yearItems'
import { Settings, SettingsPatch } from './model/settings'
import type { TemplateSummary } from './model/template'
import type { DocxImportResult, ReviewImportResult, ReviewList } from './model/review'
import { CompareSide, VersionId, VersionName } from './model/versions'
import type { BackupSummary, DocDiff, VersionSummary } from './model/versions'
import type { StartupNotice } from './model/startupNotice'
import type { ExportNotice } from './model/exportNotice'
import { TrashId, type TrashEntry } from './model/trash'
import { ERROR_REF } from './model/errorRef'
import { TextEncoding, type DatapakkeRead } from './model/datapakke'
import {
  IdeaText,
  SectionTitle,
  VotingSettings,
  type MeetingInterface,
  type MeetingView,
  type ProjectorPlacement,
} from './model/meeting'

const text = (max: number) => z.string().max(max)

export const NewPlanInput = z.object({
  title: z.string().trim().min(1).max(200),
  council: text(200).default(''),
  kind: PlanKind.default('council'),
  villages: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
  municipality: text(200).default(''),
  templateId: SafeId.regex(/^[a-z0-9-]+$/).default('blank'),
  catalogueId: SafeId.nullable().default(null),
})
export type NewPlanInput = z.input<typeof NewPlanInput>

/** The parts of meta the editor may change; createdAt/updatedAt/catalogue are the backend's. */
export const MetaPatch = z
  .object({
    title: z.string().trim().min(1).max(200),
    council: text(200),
    kind: PlanKind,
    villages: z.array(z.string().trim().min(1).max(100)).max(50),
    municipality: text(200),
    versionLabel: text(100),
  })
  .partial()
export type MetaPatch = z.infer<typeof MetaPatch>

/** base64, because bytes must survive both Electron IPC and Playwright's exposeFunction bridge. */
const Base64 = z
  .string()
  .max(30 * 1024 * 1024)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/)

export type AppInfo = {
  version: string
  dataDir: string
  readOnly: boolean
  /** Prefix that turns `asset:<name>` into a loadable URL: `${assetBase}${planId}/${name}`. */
  assetBase: string
  /** What the start found wrong in the data folder and how it coped, for the home screen to say. */
  startup: StartupNotice[]
}
export type SaveResult = { rev: number; updatedAt: string }
export type ExportResult = { status: 'saved'; path: string } | { status: 'cancelled' }
/** A saved Word file also says what it could not hold as the plan has it (shared/model/exportNotice). */
export type DocxExportResult =
  { status: 'saved'; path: string; notices: ExportNotice[] } | { status: 'cancelled' }
export type ListResult = { plans: PlanSummary[]; quarantined: QuarantinedPlan[] }

const ExportOptions = z.object({
  reviewCopy: z.boolean().default(false),
  // Appends the citizens' meeting's record ("Referat af borgermøde") when the plan has one.
  meetingRecord: z.boolean().optional(),
})

export const commands = {
  'app.info': { input: z.void() },
  'settings.get': { input: z.void() },
  'settings.set': { input: SettingsPatch },

  'plans.list': { input: z.void() },
  'plans.create': { input: NewPlanInput },
  'plans.get': { input: z.object({ id: PlanId }) },
  'plans.save': {
    input: z.object({ id: PlanId, rev: z.number().int().min(0), doc: DocJSON, meta: MetaPatch.optional() }),
  },
  'plans.rename': { input: z.object({ id: PlanId, title: z.string().trim().min(1).max(200) }) },
  'plans.delete': { input: z.object({ id: PlanId }) },
  'plans.dismissQuarantined': { input: z.object({ id: SafeId }) },
  'plans.exportDocx': {
    input: z.object({ id: PlanId, options: ExportOptions.default({ reviewCopy: false }) }),
  },

  // The page the renderer has laid out for it, printed by the shell (src/main/handlers/exportPdf.ts).
  'plans.exportPdf': { input: z.object({ id: PlanId }) },

  'templates.list': { input: z.void() },

  'assets.add': {
    input: z.object({ planId: PlanId, fileName: z.string().max(260), data: Base64 }),
  },

  'shell.openExternal': { input: z.object({ url: z.string().min(1).max(4096) }) },
  // Only a path the main process itself just exported is accepted (handlers/exportedFiles.ts).
  'shell.openExported': { input: z.object({ path: z.string().min(1).max(4096) }) },
  'shell.showExportedInFolder': { input: z.object({ path: z.string().min(1).max(4096) }) },

  'catalogues.list': { input: z.void() },
  'catalogues.get': { input: z.object({ id: SafeId }) },
  'catalogues.save': { input: z.object({ catalogue: Catalogue }) },
  'catalogues.delete': { input: z.object({ id: SafeId }) },
  'catalogues.export': { input: z.object({ id: SafeId }) },
  'catalogues.import': { input: z.void() },
  'plans.setCatalogue': {
    input: z.object({ id: PlanId, catalogueId: SafeId.nullable() }),
  },

  // Versions and recovery (backups/<id>/): see src/main/handlers/versions.ts.
  'backups.list': { input: z.object({ id: PlanId }) },
  'backups.get': { input: z.object({ id: PlanId, seq: z.number().int().min(1) }) },
  'backups.restore': {
    input: z.object({ id: PlanId, seq: z.number().int().min(1), rev: z.number().int().min(0) }),
  },
  'versions.create': { input: z.object({ id: PlanId, name: VersionName }) },
  'versions.list': { input: z.object({ id: PlanId }) },
  'versions.get': { input: z.object({ id: PlanId, versionId: VersionId }) },
  'versions.restore': {
    input: z.object({
      id: PlanId,
      versionId: VersionId,
      mode: z.enum(['replace', 'newPlan']),
      rev: z.number().int().min(0),
    }),
  },
  'versions.compare': { input: z.object({ id: PlanId, from: CompareSide, to: CompareSide }) },
  'plans.restoreFromBackup': { input: z.object({ id: PlanId }) },
  // Moving a plan between laptops as one .planvaerksted file: see src/main/handlers/packages.ts.
  'plans.exportPackage': { input: z.object({ id: PlanId, includeVersions: z.boolean().default(true) }) },
  'plans.importPackage': {
    input: z.object({
      mode: z.enum(['copy', 'replace']).optional(),
      token: z
        .string()
        .regex(/^[a-f0-9]{32}$/)
        .optional(),
    }),
  },

  // The Papirkurv (trash/): see src/main/backend/trash/.
  'trash.list': { input: z.void() },
  'trash.restore': { input: z.object({ trashId: TrashId }) },
  'trash.empty': { input: z.void() },

  'plans.importDocx': { input: z.void() },
  'overview.list': { input: z.void() },
  'overview.add': { input: z.void() },
  'overview.remove': { input: z.object({ entryId: z.string().regex(/^[a-z0-9-]{1,64}$/) }) },
  'overview.exportDocx': { input: z.object({ catalogueId: SafeId }) },
  'overview.exportXlsx': { input: z.object({ catalogueId: SafeId }) },
  'reviews.import': { input: z.object({ planId: PlanId }) },
  'reviews.list': { input: z.object({ planId: PlanId }) },
  'reviews.setHandled': {
    input: z.object({ planId: PlanId, commentId: SafeId, handled: z.boolean() }),
  },

  // Logs and crash reports (src/main/handlers/logs.ts, src/main/backend/log/): a renderer error
  // reaches the main process's log with the reference the user was shown; never the plan's text.
  'log.rendererError': {
    input: z.object({
      where: z.string().regex(/^[a-z0-9:./-]{1,80}$/),
      ref: z.string().regex(ERROR_REF),
      message: z.string().max(4000),
      stack: z.string().max(8000).default(''),
    }),
  },
  'logs.openFolder': { input: z.void() },
  'logs.saveReport': { input: z.object({ includePlans: z.boolean().default(false) }) },
  // The citizens' meeting (borgermøde): see src/main/backend/meeting/.
  'meeting.interfaces': { input: z.void() },
  'meeting.start': {
    input: z.object({
      planId: PlanId,
      // An IPv4 address of this computer; the backend also checks it is one of its interfaces.
      address: z.string().regex(/^\d{1,3}(\.\d{1,3}){3}$/),
      sections: z.array(SectionTitle).max(100).default([]),
    }),
  },
  'meeting.stop': { input: z.object({ planId: PlanId }) },
  'meeting.get': { input: z.object({ planId: PlanId }) },
  'meeting.addIdea': {
    input: z.object({ planId: PlanId, text: IdeaText, section: SectionTitle.nullable().default(null) }),
  },
  'meeting.editIdea': { input: z.object({ planId: PlanId, ideaId: SafeId, text: IdeaText }) },
  'meeting.hideIdea': { input: z.object({ planId: PlanId, ideaId: SafeId, hidden: z.boolean() }) },
  'meeting.mergeIdea': { input: z.object({ planId: PlanId, ideaId: SafeId, intoId: SafeId.nullable() }) },
  'meeting.setVoting': { input: z.object({ planId: PlanId, voting: VotingSettings }) },
  'meeting.markInPlan': { input: z.object({ planId: PlanId, ideaIds: z.array(SafeId).min(1).max(500) }) },
  // A long poll: answers when the meeting's rev differs from sinceRev, or after MEETING_WAIT_MS.
  'meeting.waitForChange': {
    input: z.object({ planId: PlanId, sinceRev: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER) }),
  },
  'meeting.present': {
    input: z.object({
      planId: PlanId,
      section: z.number().int().min(0).max(10_000),
      // Which part of a long section (-1: its last), and how many parts the projector measured.
      part: z.number().int().min(-1).max(1_000).optional(),
      parts: z.number().int().min(1).max(1_000).optional(),
    }),
  },
  'meeting.openProjector': { input: z.object({ planId: PlanId, sameScreen: z.boolean() }) },
  'meeting.closeProjector': { input: z.object({ planId: PlanId }) },
  // Year wheels (årshjul): see src/main/backend/yearWheels/.
  'yearWheels.list': { input: z.void() },
  'yearWheels.all': { input: z.void() },
  'yearWheels.get': { input: z.object({ id: SafeId }) },
  'yearWheels.save': { input: z.object({ wheel: YearWheel }) },
  'yearWheels.delete': { input: z.object({ id: SafeId }) },
  'yearWheels.export': { input: z.object({ id: SafeId }) },
  'yearWheels.import': { input: z.void() },
  'yearWheels.exportIcs': { input: z.object({ id: SafeId, year: z.number().int().min(1900).max(2200) }) },
  // Datapakke (key figures from files): see src/main/backend/datapakke/. `open` asks for the file
  // with the host's dialog; with `token` it reads the file chosen before again (the user's answer
  // to "which encoding"). `read` takes a dropped file's bytes.
  'datapakke.open': {
    input: z.object({
      encoding: TextEncoding.optional(),
      token: z
        .string()
        .regex(/^[a-z0-9-]{1,64}$/)
        .optional(),
    }),
  },
  // A datapakke handed over as a folder of tables: the host's folder dialog, then every data file in it.
  'datapakke.openFolder': { input: z.void() },
  'datapakke.read': {
    input: z.object({
      fileName: z.string().min(1).max(260),
      data: Base64,
      encoding: TextEncoding.optional(),
    }),
  },
  // Årlig status (the plan against the version last sent): see src/main/handlers/yearlyStatus.ts.
  'yearlyStatus.get': { input: z.object({ id: PlanId }) },
  'yearlyStatus.save': { input: z.object({ id: PlanId, notes: YearlyStatusNotes }) },
  'yearlyStatus.exportDocx': { input: z.object({ id: PlanId, versionId: VersionId }) },
  // Fund profiles and applications to funds: see src/main/backend/fundProfiles/ and export/application/.
  'fundProfiles.list': { input: z.void() },
  'fundProfiles.get': { input: z.object({ id: SafeId }) },
  'fundProfiles.export': { input: z.object({ id: SafeId }) },
  'fundProfiles.import': { input: z.void() },
  'funding.exportDocx': {
    input: z.object({
      planId: PlanId,
      initiativeId: SafeId,
      // The application as the dialog has it now: the plan on disk may be a keystroke behind.
      application: FundApplicationSchema,
      today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    }),
  },
  'funding.deadlines': { input: z.object({ today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }) },
} as const

/** Result type of each command. Kept beside the inputs so the two cannot drift apart. */
export type Outputs = {
  'app.info': AppInfo
  'settings.get': Settings
  'settings.set': Settings
  'plans.list': ListResult
  'plans.create': Plan
  'plans.get': Plan & { readOnly: boolean }
  'plans.save': SaveResult
  'plans.rename': SaveResult
  'plans.delete': void
  'plans.dismissQuarantined': void
  'plans.exportDocx': DocxExportResult
  'plans.exportPdf': ExportResult
  'templates.list': TemplateSummary[]
  'assets.add': { src: string }
  'shell.openExternal': void
  'shell.openExported': void
  'shell.showExportedInFolder': void
  'catalogues.list': CatalogueSummary[]
  'catalogues.get': Catalogue
  'catalogues.save': Catalogue
  'catalogues.delete': void
  'catalogues.export': ExportResult
  'catalogues.import': { status: 'imported'; catalogue: Catalogue } | { status: 'cancelled' }
  'plans.setCatalogue': { rev: number; meta: PlanMeta }
  'backups.list': BackupSummary[]
  'backups.get': { summary: BackupSummary; plan: Plan }
  'backups.restore': Plan & { readOnly: boolean }
  'versions.create': VersionSummary
  'versions.list': VersionSummary[]
  'versions.get': { summary: VersionSummary; plan: Plan }
  'versions.restore': Plan & { readOnly: boolean }
  'versions.compare': DocDiff
  'plans.restoreFromBackup': Plan & { readOnly: boolean }
  'plans.exportPackage': ExportResult
  'plans.importPackage': ImportPackageResult
  'trash.list': TrashEntry[]
  'trash.restore': { planId: string; title: string }
  'trash.empty': { removed: number }
  'plans.importDocx': DocxImportResult
  'overview.list': { entries: OverviewEntry[]; setAside: string | null }
  'overview.add': OverviewAddResult
  'overview.remove': void
  'overview.exportDocx': ExportResult
  'overview.exportXlsx': ExportResult
  'reviews.import': ReviewImportResult
  'reviews.list': ReviewList
  'reviews.setHandled': ReviewList
  'log.rendererError': void
  'logs.openFolder': void
  'logs.saveReport': ExportResult
  'meeting.interfaces': MeetingInterface[]
  'meeting.start': MeetingView
  'meeting.stop': MeetingView
  'meeting.get': MeetingView
  'meeting.addIdea': MeetingView
  'meeting.editIdea': MeetingView
  'meeting.hideIdea': MeetingView
  'meeting.mergeIdea': MeetingView
  'meeting.setVoting': MeetingView
  'meeting.markInPlan': MeetingView
  'meeting.waitForChange': MeetingView
  'meeting.present': MeetingView
  'meeting.openProjector': ProjectorPlacement
  'meeting.closeProjector': MeetingView
  'yearWheels.list': YearWheelSummary[]
  'yearWheels.all': YearWheel[]
  'yearWheels.get': YearWheel
  'yearWheels.save': YearWheel
  'yearWheels.delete': void
  'yearWheels.export': ExportResult
  'yearWheels.import': { status: 'imported'; wheel: YearWheel } | { status: 'cancelled' }
  'yearWheels.exportIcs': ExportResult
  'datapakke.open': { status: 'cancelled' } | (DatapakkeRead & { token: string })
  'datapakke.openFolder': { status: 'cancelled' } | DatapakkeRead
  'datapakke.read': DatapakkeRead
  'yearlyStatus.get': YearlyStatusNotes
  'yearlyStatus.save': YearlyStatusNotes
  'yearlyStatus.exportDocx': ExportResult
  'fundProfiles.list': FundProfileSummary[]
  'fundProfiles.get': FundProfile
  'fundProfiles.export': ExportResult
  'fundProfiles.import': { status: 'imported'; profile: FundProfile } | { status: 'cancelled' }
  'funding.exportDocx': ExportResult
  /** The deadlines of applications still being written, in every plan, from `today` on. */
  'funding.deadlines': ApplicationDeadline[]
}

/** Import of a .planvaerksted file. `exists`: a plan with its id is here already; the renderer asks
 * and calls again with the token and mode 'copy' or 'replace'. */
export type ImportPackageResult =
  | { status: 'cancelled' }
  | { status: 'imported'; plan: PlanSummary; mode: 'new' | 'copy' | 'replace' }
  | { status: 'exists'; token: string; title: string; existingTitle: string }

export type CommandName = keyof typeof commands
export const commandNames = Object.keys(commands) as CommandName[]
export type Input<K extends CommandName> = z.input<(typeof commands)[K]['input']>
export type ParsedInput<K extends CommandName> = z.output<(typeof commands)[K]['input']>
export type Output<K extends CommandName> = Outputs[K]

/** What window.api looks like in the renderer: one async function per command. */
export type Api = { [K in CommandName]: (input: Input<K>) => Promise<Output<K>> }

/** Raw bridge result: the preload returns envelopes, the renderer's client unwraps them. */
export type RawApi = {
  [K in CommandName]: (input: Input<K>) => Promise<import('./model/errors').Envelope<Output<K>>>
}

export function isCommandName(name: unknown): name is CommandName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(commands, name)
}

export type { Plan, PlanSummary, QuarantinedPlan, PlanMeta, DocJSON, TrashEntry }
