import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

/**
 * Electron's security checklist (https://www.electronjs.org/docs/latest/tutorial/security): what the
 * code must never contain, refused where it is written. tests/unit/security/lint-refuses-the-
 * checklist-red-flags.test.ts feeds a bad line for each to ESLint, so a selector that cannot fire fails.
 */
const CHECKLIST_RED_FLAGS = [
  ['ImportDeclaration[source.value="@electron/remote"]', 'No remote module.'],
  ['Property[key.name="enableRemoteModule"]', 'No remote module.'],
  ['Property[key.name=/^nodeIntegration(InWorker|InSubFrames)?$/][value.value=true]', 'No Node in a page.'],
  ['Property[key.name="contextIsolation"][value.value=false]', 'Context isolation stays on.'],
  ['Property[key.name="sandbox"][value.value=false]', 'The sandbox stays on.'],
  ['Property[key.name="webSecurity"][value.value=false]', 'webSecurity stays on.'],
  ['Property[key.name="allowRunningInsecureContent"][value.value=true]', 'No insecure content.'],
  ['Property[key.name="experimentalFeatures"][value.value=true]', 'No experimental features.'],
  ['Property[key.name="enableBlinkFeatures"]', 'No Blink features.'],
  ['Property[key.name="webviewTag"][value.value=true]', 'No <webview>.'],
  ['JSXOpeningElement[name.name="webview"]', 'No <webview>.'],
  ['JSXAttribute[name.name="allowpopups"]', 'No allowpopups.'],
  ['CallExpression[callee.property.name="loadFile"]', 'Pages load from app://, never file://.'],
  [
    'CallExpression[callee.property.name="loadURL"][arguments.0.value=/^(file|http):/]',
    'Pages load from app://.',
  ],
  [
    'CallExpression[callee.property.name="loadURL"][arguments.0.quasis.0.value.raw=/^(file|http):/]',
    'Pages load from app://.',
  ],
  [
    'CallExpression[callee.property.name="exposeInMainWorld"] > Identifier.arguments[name="ipcRenderer"]',
    'The preload exposes the contract, never ipcRenderer.',
  ],
  ['Literal[value="certificate-error"]', 'Certificate errors are never waved through.'],
  ['Identifier[name="setCertificateVerifyProc"]', 'Certificate errors are never waved through.'],
  ['CallExpression[callee.name="callback"][arguments.0.value=true]', 'A permission handler says no.'],
].map(([selector, message]) => ({ selector, message: `Electron security checklist: ${message}` }))

/** shell.openExternal only behind the link check: in host.ts and the navigation guard's wiring. */
const OPEN_EXTERNAL = {
  selector: 'MemberExpression[object.name="shell"][property.name="openExternal"]',
  message: 'Open links through host.openExternal (it checks isAllowedLink), not shell.openExternal.',
}

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'out-*/**',
      '**/out-*/**',
      'node_modules/**',
      'test-results/**',
      'test-reports/**',
      'playwright-report/**',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['scripts/**/*.mjs', '*.js'], languageOptions: { globals: globals.node } },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules, 'react-hooks/set-state-in-effect': 'off' },
  },
  {
    // Type-aware: a promise nobody awaits or catches is a lost error. A bare `void` is refused too: a
    // task meant to run on its own goes through runInBackground (shared/async/) or the renderer's
    // inBackground (features/errors/), which say where its failure goes.
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: { '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: false }] },
  },
  {
    files: ['src/**/*.{ts,tsx,js,mjs,cjs}'],
    rules: {
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-implied-eval': 'error',
      'no-restricted-syntax': ['error', ...CHECKLIST_RED_FLAGS, OPEN_EXTERNAL],
    },
  },
  {
    files: ['src/main/host.ts', 'src/main/lifecycle.ts'],
    rules: { 'no-restricted-syntax': ['error', ...CHECKLIST_RED_FLAGS] },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The layers: the backend and shared code never reach for Electron or React.
    // The handlers too: the e2e harness runs them outside Electron, through backend/dispatch.ts.
    files: [
      'src/shared/**/*.ts',
      'src/main/backend/**/*.ts',
      'src/main/handlers.ts',
      'src/main/handlers/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['electron', 'react', 'react-dom'], patterns: ['**/renderer/**'] },
      ],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['electron', 'react', 'react-dom'], patterns: ['node:*', '**/main/**', '**/renderer/**'] },
      ],
    },
  },
  {
    // The renderer speaks to the main process only through the contract (window.api and api/client.ts).
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['electron'], patterns: ['node:*', '**/main/**', '**/preload/**'] },
      ],
    },
  },
)
