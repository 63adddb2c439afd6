/* The one list of the app's words: every namespace file of both languages. A file not listed
 * here is not loaded anywhere (tests/unit/i18n checks the folder against this list). */
import daA11y from './locales/da/a11y.json' with { type: 'json' }
import daApp from './locales/da/app.json' with { type: 'json' }
import daCards from './locales/da/cards.json' with { type: 'json' }
import daCommon from './locales/da/common.json' with { type: 'json' }
import daDatapakke from './locales/da/datapakke.json' with { type: 'json' }
import daDialogs from './locales/da/dialogs.json' with { type: 'json' }
import daEditor from './locales/da/editor.json' with { type: 'json' }
import daErrors from './locales/da/errors.json' with { type: 'json' }
import daExport from './locales/da/export.json' with { type: 'json' }
import daFocus from './locales/da/focus.json' with { type: 'json' }
import daFormat from './locales/da/format.json' with { type: 'json' }
import daFunding from './locales/da/funding.json' with { type: 'json' }
import daHelp from './locales/da/help.json' with { type: 'json' }
import daImport from './locales/da/import.json' with { type: 'json' }
import daOverview from './locales/da/overview.json' with { type: 'json' }
import daPackages from './locales/da/packages.json' with { type: 'json' }
import daPlans from './locales/da/plans.json' with { type: 'json' }
import daRecovery from './locales/da/recovery.json' with { type: 'json' }
import daMeeting from './locales/da/meeting.json' with { type: 'json' }
import daReview from './locales/da/review.json' with { type: 'json' }
import daSettings from './locales/da/settings.json' with { type: 'json' }
import daSpelling from './locales/da/spelling.json' with { type: 'json' }
import daTrash from './locales/da/trash.json' with { type: 'json' }
import daVersions from './locales/da/versions.json' with { type: 'json' }
import daWordExport from './locales/da/wordExport.json' with { type: 'json' }
import daYear from './locales/da/year.json' with { type: 'json' }
import enA11y from './locales/en/a11y.json' with { type: 'json' }
import enApp from './locales/en/app.json' with { type: 'json' }
import enCards from './locales/en/cards.json' with { type: 'json' }
import enCommon from './locales/en/common.json' with { type: 'json' }
import enDatapakke from './locales/en/datapakke.json' with { type: 'json' }
import enDialogs from './locales/en/dialogs.json' with { type: 'json' }
import enEditor from './locales/en/editor.json' with { type: 'json' }
import enErrors from './locales/en/errors.json' with { type: 'json' }
import enExport from './locales/en/export.json' with { type: 'json' }
import enFocus from './locales/en/focus.json' with { type: 'json' }
import enFormat from './locales/en/format.json' with { type: 'json' }
import enFunding from './locales/en/funding.json' with { type: 'json' }
import enHelp from './locales/en/help.json' with { type: 'json' }
import enImport from './locales/en/import.json' with { type: 'json' }
import enOverview from './locales/en/overview.json' with { type: 'json' }
import enPackages from './locales/en/packages.json' with { type: 'json' }
import enPlans from './locales/en/plans.json' with { type: 'json' }
import enRecovery from './locales/en/recovery.json' with { type: 'json' }
import enMeeting from './locales/en/meeting.json' with { type: 'json' }
import enReview from './locales/en/review.json' with { type: 'json' }
import enSettings from './locales/en/settings.json' with { type: 'json' }
import enSpelling from './locales/en/spelling.json' with { type: 'json' }
import enTrash from './locales/en/trash.json' with { type: 'json' }
import enVersions from './locales/en/versions.json' with { type: 'json' }
import enWordExport from './locales/en/wordExport.json' with { type: 'json' }
import enYear from './locales/en/year.json' with { type: 'json' }

/** Danish is the source: its files define the keys, and English must have every one. */
const da = {
  a11y: daA11y,
  app: daApp,
  cards: daCards,
  common: daCommon,
  datapakke: daDatapakke,
  dialogs: daDialogs,
  editor: daEditor,
  errors: daErrors,
  export: daExport,
  focus: daFocus,
  format: daFormat,
  funding: daFunding,
  help: daHelp,
  import: daImport,
  overview: daOverview,
  packages: daPackages,
  plans: daPlans,
  recovery: daRecovery,
  meeting: daMeeting,
  review: daReview,
  settings: daSettings,
  spelling: daSpelling,
  trash: daTrash,
  versions: daVersions,
  wordExport: daWordExport,
  year: daYear,
}
export type Resources = typeof da

// Typed as Danish's shape, so an English file missing a key is a compile error, not a blank.
const en: Resources = {
  a11y: enA11y,
  app: enApp,
  cards: enCards,
  common: enCommon,
  datapakke: enDatapakke,
  dialogs: enDialogs,
  editor: enEditor,
  errors: enErrors,
  export: enExport,
  focus: enFocus,
  format: enFormat,
  funding: enFunding,
  help: enHelp,
  import: enImport,
  overview: enOverview,
  packages: enPackages,
  plans: enPlans,
  recovery: enRecovery,
  meeting: enMeeting,
  review: enReview,
  settings: enSettings,
  spelling: enSpelling,
  trash: enTrash,
  versions: enVersions,
  wordExport: enWordExport,
  year: enYear,
}

export const resources = { da, en } as const

export type Namespace = keyof Resources
export const NAMESPACES = Object.keys(da) as Namespace[]
