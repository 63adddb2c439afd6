import { resolve } from 'node:path'

/**
 * The Word files this app session wrote, by full path. "Åbn i Word" and "Vis i mappen" take a path
 * from the renderer, and the renderer must never get to open any file it names: only a path in
 * this set, kept in the main process, is opened or shown. Not saved: a restart forgets them.
 */
export function createExportedFiles() {
  const paths = new Set<string>()
  return {
    remember(path: string): void {
      paths.add(resolve(path))
    },
    has(path: string): boolean {
      return paths.has(resolve(path))
    },
  }
}
export type ExportedFiles = ReturnType<typeof createExportedFiles>
