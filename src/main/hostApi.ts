/**
 * What only the desktop shell can do. handlers.ts receives a Host; main/host.ts implements it with
 * Electron, the e2e harness with a test double. No electron import here.
 */
export type FileFilter = { name: string; extensions: string[] }

/** The page header and footer of a PDF, as Chromium's print templates (HTML, escaped by the caller). */
export type PdfPageTemplates = { headerTemplate: string; footerTemplate: string }

export interface Host {
  /** Asks where to save; null when the user cancels. */
  showSaveDialog(opts: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>
  /** Asks for one file to open; null when the user cancels. */
  /** One file, or with `folder` one folder (a datapakke handed over as a folder of tables). */
  showOpenDialog(opts: { title: string; filters: FileFilter[]; folder?: boolean }): Promise<string | null>
  /** Asks for any number of files to open at once; [] when the user cancels. */
  showOpenFilesDialog(opts: { title: string; filters: FileFilter[] }): Promise<string[]>
  /** Opens an already-checked https/mailto link in the system browser or mail program. */
  openExternal(url: string): Promise<void>
  /** Opens a file in its default program (a .docx in Word); fails with the shell's reason. */
  openPath(path: string): Promise<void>
  /** Shows the file selected in the system's file manager. */
  showItemInFolder(path: string): Promise<void>
  /**
   * The window's page as a tagged PDF (A4 as its print CSS lays it out, headings as bookmarks),
   * what the renderer has prepared for it ("Gem som PDF"). Fails with reason pdf-failed.
   */
  printToPdf(templates: PdfPageTemplates): Promise<Uint8Array>
  /**
   * The projector's window for the citizens' meeting (main/projectorWindow.ts). Absent where there
   * are no windows (unit tests' hosts): the command then refuses with reason projector-unavailable.
   */
  projector?: ProjectorHost
  appVersion(): string
  /** URL prefix under which `<planId>/<assetName>` loads in the renderer. */
  assetBase(): string
}

export interface ProjectorHost {
  /** Opens (or moves) the projector window on the plan: on a second display when there is one and
   * sameScreen is false, else as a window on the laptop's screen. */
  open(opts: { planId: string; sameScreen: boolean }): Promise<{ display: 'external' | 'same' }>
  close(): Promise<void>
}
