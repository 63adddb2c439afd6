import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type JSX,
  type KeyboardEvent,
} from 'react'
import { EditorContent, useEditor, type Editor, type JSONContent } from '@tiptap/react'
import { useTranslation } from 'react-i18next'
import type { DocJSON, Plan } from '../../../../shared/api'
import { planExtensions, type NodeOverrides } from '../../../../shared/document/extensions'
import { isAllowedLink } from '../../../../shared/document/linkPolicy'
import { api } from '../../api/client'
import { errorKeys } from '../../api/errorText'
import { createEditorBus } from './editorBus'
import { EMPTY_DOC } from '../../../../shared/document/emptyDoc'
import { isPlanLoad, loadPlanContent } from './loadPlanContent'
import { shieldSelectionFromReact } from './reactSelectionShield'
import { docToJSON } from './docJson'
import { editorOnlyExtensions } from './extensions/editorExtensions'
import { planImageView } from './images/planImageView'
import { useImageInsert } from './images/useImageInsert'
import { ImageDialog } from './images/ImageDialog'
import { KeyFiguresIntoPlan } from '../datapakke/KeyFiguresIntoPlan'
import { NEW_IMAGE } from './images/imageChoices'
import { LinkDialog } from './links/LinkDialog'
import { FindBar } from './find/FindBar'
import { Toolbar } from './toolbar/Toolbar'
import { printPlan } from './print/printPlan'
import { HelpDialog } from '../help/HelpDialog'
import { SelectionMenu } from './menus/SelectionMenu'
import { SidePanelTabs, type SidePanelSpec } from './SidePanelTabs'
import { WordCount } from './WordCount'
import { NoticeRegion } from './notices/NoticeRegion'
import { useNotices } from './notices/useNotices'
import { focusNodeOverrides } from './nodes'
import { stepTextSize, textSizeKey } from '../textSize/textSize'
import { accessibilityPanel } from './accessibility/accessibilityTab'
import { pdfLayoutActive } from './pdf/pdfLayout'
import { SpellMenu } from '../spelling/SpellMenu'
import { spellClient } from '../spelling/spellService'
import { spellSettings } from '../spelling/spellSettings'
import { useSpellingExtension, useStartSpelling } from '../spelling/useSpelling'
import { inBackground } from '../errors/inBackground'
import './planEditor.css'

// The node views of ./nodes (initiative, action plan, focus matrix), given the plan's catalogue.
const nodeOverrides = (plan: Plan): NodeOverrides => focusNodeOverrides(plan.meta.catalogue)

export type PlanEditorProps = {
  plan: Plan
  readOnly: boolean
  assetBase: string
  /** Called on every change with the document as a thunk: turning a 300-page plan into JSON costs
   * milliseconds, so it is done only when autosave actually saves (the node is immutable, so the
   * thunk always gives the document as it was at that change). */
  onDocChange: (doc: () => DocJSON) => void
  onEditorReady?: (editor: Editor | null) => void
  sidePanels?: SidePanelSpec[]
  /** Show this side panel (a new object each time it is asked for, e.g. from "Vis" before saving). */
  panelRequest?: { id: string } | null
}

/** The plan's text with everything around it: toolbar, selection menu, outline, find, dialogs. */
export function PlanEditor({
  plan,
  readOnly,
  assetBase,
  onDocChange,
  onEditorReady,
  sidePanels = [],
  panelRequest = null,
}: PlanEditorProps): JSX.Element {
  const { t, i18n } = useTranslation('editor')
  const bus = useMemo(() => createEditorBus(), [])
  const fileInput = useRef<HTMLInputElement>(null)
  // 'text': opened by the accessibility check to put a link's words right.
  const [linkOpen, setLinkOpen] = useState<boolean | 'text'>(false)
  const [findOpen, setFindOpen] = useState(false)
  const [helpOpen, setHelpOpen] = useState(false)
  const [replaceOpen, setReplaceOpen] = useState(false)
  const [writingView, setWritingView] = useState(false)
  const [keyFiguresOpen, setKeyFiguresOpen] = useState(false)
  const { notices, push, dismiss } = useNotices()
  const onChange = useRef(onDocChange)
  useLayoutEffect(() => {
    onChange.current = onDocChange
  })

  const spelling = useSpellingExtension()
  // Built once per plan: React must not rebuild the editor (and lose undo history) on a re-render.
  const extensions = useMemo(
    () => [
      ...planExtensions({ ...nodeOverrides(plan), image: planImageView(assetBase, plan.id) }),
      ...editorOnlyExtensions(bus, i18n.t.bind(i18n)),
      spelling.extension,
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [plan.id, assetBase],
  )
  const editor = useEditor(
    {
      extensions,
      // The plan is put in once EditorContent has mounted (see loadPlanContent): drawn once, not twice.
      content: EMPTY_DOC,
      editable: !readOnly,
      immediatelyRender: true,
      // The toolbar and panels subscribe to exactly what they show; nothing re-renders per keystroke.
      shouldRerenderOnTransaction: false,
      editorProps: {
        // While printed as a PDF the text is a plain part of the page (role none): as the editor's
        // textbox it would be tagged as one form field instead of its headings and paragraphs.
        // The text's language is the plans' language; Chromium's own checker stays off (the app's is
        // features/spelling), so the two can never disagree about a word.
        attributes: (state): Record<string, string> =>
          pdfLayoutActive(state)
            ? { class: 'plan-text', lang: spellSettings().language, role: 'none' }
            : {
                class: 'plan-text',
                'aria-label': t('editorLabel'),
                lang: spellSettings().language,
                spellcheck: 'false',
              },
      },
      onUpdate: ({ editor: e, transaction }) => {
        if (isPlanLoad(transaction) || !transaction.docChanged) return
        const doc = e.state.doc
        onChange.current(() => docToJSON(doc))
      },
    },
    [extensions],
  )

  // Runs after EditorContent's mount (children commit first) and before the first paint.
  // Once per editor: a later `plan` for the same editor is the saved echo of the text already in it.
  useLayoutEffect(() => {
    if (!editor || editor.isDestroyed) return
    shieldSelectionFromReact(editor.view.dom)
    loadPlanContent(editor, plan.doc as JSONContent)
    // A Word user opens a document and types: the caret waits in the text, not on a button.
    if (!readOnly) editor.view.focus()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor])

  useEffect(() => {
    onEditorReady?.(editor)
    return () => onEditorReady?.(null)
  }, [editor, onEditorReady])

  useEffect(() => {
    // No update event: TipTap's default emits one with an empty transaction, which the autosave
    // took for an edit, so merely opening a plan saved it (and bumped its revision under a second
    // window holding the same plan).
    editor?.setEditable(!readOnly, false)
  }, [editor, readOnly])

  useStartSpelling(editor, plan.meta, () => push('info', t('spelling:settings.unavailable')))

  const notifyError = useCallback(
    (key: string | string[], values?: Record<string, unknown>) => push('error', t(key, values)),
    [push, t],
  )
  const images = useImageInsert(editor, plan.id, notifyError, fileInput)
  const { editAlt } = images
  const a11yPanel = useMemo(
    () =>
      editor &&
      accessibilityPanel(
        editor,
        { describeImage: editAlt, editLink: () => !readOnly && setLinkOpen('text') },
        readOnly,
      ),
    [editor, editAlt, readOnly],
  )
  const [sideTab, setSideTab] = useState('outline')
  // Asked from outside (the summary before saving): the panel shows even from the writing view,
  // and focus goes to its tab, so a keyboard user lands where the list begins.
  useEffect(() => {
    if (!panelRequest) return
    setWritingView(false)
    setSideTab(panelRequest.id)
    requestAnimationFrame(() => document.getElementById(`side-tab-${panelRequest.id}`)?.focus())
  }, [panelRequest])

  // Point the bus (used from inside ProseMirror) at the current React handlers.
  useLayoutEffect(() => {
    bus.connect({
      openLinkDialog: () => !readOnly && setLinkOpen(true),
      openFind: () => setFindOpen(true),
      imageFiles: (files, at) => !readOnly && images.startWithFiles(files, at),
      notice: (kind, key, values) => push(kind, t(key.includes(':') ? key : `editor:${key}`, values)),
      openExternal: (href) => {
        if (!isAllowedLink(href)) return push('error', t('errors:link-refused'))
        api['shell.openExternal']({ url: href }).catch((e) => push('error', t(errorKeys(e))))
      },
    })
  })

  useEffect(() => {
    document.documentElement.dataset.writingView = writingView ? 'on' : 'off'
    return () => void delete document.documentElement.dataset.writingView
  }, [writingView])

  // Ctrl+F also works while focus is in the outline or the toolbar, not only in the text.
  const onKeyDown = (e: KeyboardEvent) => {
    const sizeStep = textSizeKey(e)
    if (sizeStep !== null) {
      e.preventDefault()
      stepTextSize(sizeStep).catch((err) => push('error', t(errorKeys(err))))
      return
    }
    if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'f') {
      e.preventDefault()
      setFindOpen(true)
    } else if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'h') {
      // Word's Ctrl+H: find with the replace field open.
      e.preventDefault()
      setFindOpen(true)
      setReplaceOpen(true)
    } else if (e.key === 'F1') {
      e.preventDefault()
      setHelpOpen(true)
    } else if (e.key === 'Escape' && writingView && !findOpen) setWritingView(false)
  }

  if (!editor) return <div className="plan-editor" />
  return (
    <div className={`plan-editor${writingView ? ' plan-editor-writing' : ''}`} onKeyDown={onKeyDown}>
      {!readOnly && (
        <Toolbar
          editor={editor}
          onLink={() => setLinkOpen(true)}
          onImage={images.choose}
          onFetchKeyFigures={() => setKeyFiguresOpen(true)}
          onFind={() => setFindOpen(true)}
          onPrint={() => printPlan(plan.meta.title)}
          onHelp={() => setHelpOpen(true)}
          writingView={writingView}
          onToggleWritingView={() => setWritingView((w) => !w)}
        />
      )}
      {findOpen && (
        <FindBar
          editor={editor}
          replaceRequested={replaceOpen}
          canReplace={!readOnly}
          onClose={() => {
            setFindOpen(false)
            setReplaceOpen(false)
          }}
        />
      )}
      <NoticeRegion notices={notices} onDismiss={dismiss} />
      <div className="plan-editor-body">
        <div className="plan-editor-scroll">
          <div className="plan-page">
            <EditorContent editor={editor} />
          </div>
        </div>
        {!writingView && (
          <SidePanelTabs
            editor={editor}
            panels={a11yPanel ? [...sidePanels, a11yPanel] : sidePanels}
            active={sideTab}
            onActiveChange={setSideTab}
          />
        )}
      </div>
      <div className="plan-editor-status">
        <WordCount editor={editor} />
        {writingView && (
          <button type="button" className="btn btn-quiet" onClick={() => setWritingView(false)}>
            {t('writingView.exit')}
          </button>
        )}
      </div>
      {!readOnly && (
        <SpellMenu
          editor={editor}
          store={spelling.menu}
          client={spellClient}
          onError={(e) => push('error', t(errorKeys(e)))}
        />
      )}
      {!readOnly && (
        <SelectionMenu
          editor={editor}
          onLink={() => setLinkOpen(true)}
          onOpenLink={(href) => bus.openExternal(href)}
          onEditAlt={images.editAlt}
        />
      )}
      <input
        ref={fileInput}
        type="file"
        accept="image/png,image/jpeg,image/gif,image/webp"
        hidden
        tabIndex={-1}
        aria-hidden="true"
        onChange={(e) => images.onInputChange(e.target.files)}
      />
      <HelpDialog
        open={helpOpen}
        onClose={() => {
          setHelpOpen(false)
          editor.commands.focus()
        }}
      />
      {linkOpen && (
        <LinkDialog
          editor={editor}
          focusText={linkOpen === 'text'}
          onClose={() => {
            setLinkOpen(false)
            editor.commands.focus()
          }}
        />
      )}
      {keyFiguresOpen && <KeyFiguresIntoPlan editor={editor} onClose={() => setKeyFiguresOpen(false)} />}
      {images.pending && (
        <ImageDialog
          previewUrl={images.pending.mode === 'insert' ? images.pending.previewUrl : null}
          initial={images.pending.mode === 'edit' ? images.pending.choices : NEW_IMAGE}
          busy={images.busy}
          onConfirm={(choices) => inBackground(images.confirm(choices), 'PlanEditor')}
          onClose={images.close}
        />
      )}
    </div>
  )
}
