/* Vite (the build and vitest) turns `?raw` imports into the file's text: the phone's script and
 * style are real files, served as they are. */
declare module '*?raw' {
  const text: string
  export default text
}
