import { Facet, StateEffect, StateField, type EditorState, type TransactionSpec } from '@codemirror/state'
import { Decoration, EditorView, WidgetType, type DecorationSet } from '@codemirror/view'

// Pictures into the note: pasted, dropped or chosen in the open dialog. Storing one takes a while
// (a big file crosses to main and is written durably), so its place is held by a marker that moves
// with the text typed meanwhile, and the Markdown lands there in one undoable step once main answers.

/** What the editor needs from the app to take pictures in. */
export interface PictureHooks {
  /** Stores a picture file: answers the Markdown that shows it, or null when it was refused (and the learner told). */
  store(file: File): Promise<string | null>
  /** Asks for a picture in the OS open dialog and stores it: its Markdown, or null (closed, or refused and told). */
  choose(): Promise<string | null>
  /** Applies a change to the note's editor as it is now (the one shown, or the one kept while it is out of sight). */
  apply(change: (state: EditorState) => TransactionSpec): void
}

/** The picture hooks of an editor (none: pictures are not taken in). */
export const pictureHooks = Facet.define<PictureHooks, PictureHooks | null>({
  combine: (values) => values[0] ?? null,
})

const holdPlace = StateEffect.define<{ id: number; pos: number }>({
  map: (value, mapping) => ({ id: value.id, pos: mapping.mapPos(value.pos, -1) }),
})
const releasePlace = StateEffect.define<number>()

/** The marker shown where a picture is on its way. */
class PendingPicture extends WidgetType {
  constructor(readonly id: number) {
    super()
  }
  override eq(other: PendingPicture): boolean {
    return other.id === this.id
  }
  toDOM(): HTMLElement {
    const marker = document.createElement('span')
    marker.className = 'cm-picture-pending'
    marker.setAttribute('role', 'status')
    marker.textContent = 'Adding picture…'
    return marker
  }
}

/** The id of the picture a marker waits for. */
const markerId = (marker: Decoration): number | undefined => {
  const { widget } = marker.spec as { widget?: unknown }
  return widget instanceof PendingPicture ? widget.id : undefined
}

// Side -1: text typed at the marker's place goes after it, so the picture lands where it was asked for.
const placesField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(places, tr) {
    let next = places.map(tr.changes)
    for (const effect of tr.effects) {
      if (effect.is(holdPlace)) {
        const marker = Decoration.widget({ widget: new PendingPicture(effect.value.id), side: -1 })
        next = next.update({ add: [marker.range(effect.value.pos)] })
      } else if (effect.is(releasePlace)) {
        next = next.update({
          filter: (_from, _to, marker) => markerId(marker) !== effect.value,
        })
      }
    }
    return next
  },
  provide: (field) => EditorView.decorations.from(field),
})

function placeOf(state: EditorState, id: number): number | null {
  let found: number | null = null
  state.field(placesField, false)?.between(0, state.doc.length, (from, _to, marker) => {
    if (markerId(marker) === id) found = from
  })
  return found
}

/**
 * The change that puts `markdown` at `pos` on a line of its own (a line break is added on a side
 * where the line has other text), with the caret after it when `caretHere` holds.
 */
export function pictureInsertion(
  state: EditorState,
  pos: number,
  markdown: string,
  caretHere: boolean,
): TransactionSpec {
  const line = state.doc.lineAt(pos)
  const before = pos > line.from ? '\n' : ''
  const after = pos < line.to ? '\n' : ''
  const insert = `${before}${markdown}${after}`
  return {
    changes: { from: pos, insert },
    ...(caretHere ? { selection: { anchor: pos + before.length + markdown.length } } : {}),
    userEvent: 'input.paste',
    scrollIntoView: caretHere,
  }
}

let serial = 0

/**
 * Holds `pos` while `produce` stores pictures, then puts their Markdown there (each on its own
 * line) as one undoable change; nothing is inserted when it answers none. The caret follows the
 * pictures when it was still at their place.
 */
export async function insertPicturesAt(
  view: EditorView,
  pos: number,
  produce: (hooks: PictureHooks) => Promise<string[]>,
): Promise<void> {
  const hooks = view.state.facet(pictureHooks)
  if (!hooks || view.state.readOnly) return
  const id = ++serial
  view.dispatch({ effects: holdPlace.of({ id, pos }) })
  let pictures: string[] = []
  try {
    pictures = await produce(hooks)
  } finally {
    hooks.apply((state) => {
      const at = placeOf(state, id)
      const release = releasePlace.of(id)
      if (at === null || pictures.length === 0) return { effects: release }
      const head = state.selection.main
      const spec = pictureInsertion(state, at, pictures.join('\n'), head.empty && head.head === at)
      return { ...spec, effects: release }
    })
  }
}

/**
 * "Insert picture" for the editor around `field` (its text box): the open dialog's picture goes to
 * the caret, and the caret comes back to the note.
 */
export async function insertChosenPicture(field: HTMLElement | null): Promise<void> {
  const view = field ? EditorView.findFromDOM(field) : null
  if (!view) return
  await insertPicturesAt(view, view.state.selection.main.head, async (hooks) => {
    const markdown = await hooks.choose()
    return markdown ? [markdown] : []
  })
  if (view.dom.isConnected) view.focus()
}

/** The picture files among what the clipboard or a drop carries (a file the browser does not call an image is left alone). */
export function pictureFilesOf(data: DataTransfer | null): File[] {
  if (!data) return []
  const files = Array.from(data.files)
  // Some sources list the picture only among the items (a copied image in another program).
  if (files.length === 0) {
    for (const item of Array.from(data.items)) {
      const file = item.kind === 'file' ? item.getAsFile() : null
      if (file) files.push(file)
    }
  }
  return files.filter((file) => file.type.startsWith('image/'))
}

async function storeEach(hooks: PictureHooks, files: File[]): Promise<string[]> {
  const stored: string[] = []
  for (const file of files) {
    const markdown = await hooks.store(file)
    if (markdown) stored.push(markdown)
  }
  return stored
}

/**
 * Paste and drop of picture files: they are stored and linked where they were pasted or dropped.
 * A clipboard that carries a picture file gives the picture, never the rich text around it (whose
 * <img> points at another program's temporary file or the web); without one, text pastes as ever.
 */
export const pictureInput = [
  placesField,
  EditorView.domEventHandlers({
    paste(event, view) {
      const files = pictureFilesOf(event.clipboardData)
      if (files.length === 0 || !view.state.facet(pictureHooks) || view.state.readOnly) return false
      event.preventDefault()
      const { from, to } = view.state.selection.main
      // What was selected is replaced by the picture, as pasted text would replace it.
      if (from !== to) view.dispatch({ changes: { from, to }, userEvent: 'input.paste' })
      void insertPicturesAt(view, from, (hooks) => storeEach(hooks, files))
      return true
    },
    dragover(event, view) {
      if (!event.dataTransfer?.types.includes('Files') || !view.state.facet(pictureHooks)) return false
      event.preventDefault()
      event.dataTransfer.dropEffect = 'copy'
      return true
    },
    drop(event, view) {
      const files = pictureFilesOf(event.dataTransfer)
      if (files.length === 0 || !view.state.facet(pictureHooks) || view.state.readOnly) return false
      event.preventDefault()
      const pos = view.posAtCoords({ x: event.clientX, y: event.clientY }) ?? view.state.selection.main.head
      view.focus()
      void insertPicturesAt(view, pos, (hooks) => storeEach(hooks, files))
      return true
    },
  }),
]
