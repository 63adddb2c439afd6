/**
 * What the start found wrong in the data folder and how it coped, for the home screen to say in
 * words (app.info carries them). Plans that could not be opened are told apart, in plans.list.
 */
export type StartupNotice =
  /** The disk is full: the plans opened read-only, since no save could reach the disk. */
  | { kind: 'disk-full' }
  /** Something that is not a folder stood where plans/ belongs: set aside (movedTo), or left there. */
  | { kind: 'plans-folder-blocked'; path: string; movedTo: string | null }
