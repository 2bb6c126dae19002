import {
  Facet,
  StateEffect,
  StateField,
  type ChangeDesc,
  type EditorState,
  type TransactionSpec,
} from '@codemirror/state'
import { Decoration, EditorView, WidgetType } from '@codemirror/view'

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

/**
 * Where a picture is on its way: the text it replaces (a selection pasted over, else nothing)
 * between `from` and `to`, as it was when asked for.
 */
interface Place {
  id: number
  from: number
  to: number
  replaced: string
}

// Text typed at the place's start goes after the marker (the picture lands where it was asked for);
// text typed at its end joins the range, so a replaced selection that changed is left alone.
const mapPlace = (place: Place, changes: ChangeDesc): Place => {
  const from = changes.mapPos(place.from, -1)
  return { ...place, from, to: Math.max(from, changes.mapPos(place.to, 1)) }
}

const holdPlace = StateEffect.define<Place>({ map: mapPlace })
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

const placesField = StateField.define<readonly Place[]>({
  create: () => [],
  update(places, tr) {
    let next = tr.docChanged ? places.map((place) => mapPlace(place, tr.changes)) : places
    for (const effect of tr.effects) {
      if (effect.is(holdPlace)) next = [...next, effect.value]
      else if (effect.is(releasePlace)) next = next.filter((place) => place.id !== effect.value)
    }
    return next
  },
  provide: (field) =>
    EditorView.decorations.compute([field], (state) =>
      Decoration.set(
        state
          .field(field)
          .map((place) => Decoration.widget({ widget: new PendingPicture(place.id), side: -1 }).range(place.from)),
        true,
      ),
    ),
})

/**
 * The change that puts `markdown` in place of `from`-`to` on a line of its own (a line break is
 * added on a side where the line has other text), with the caret after it when `caretHere` holds.
 */
export function pictureInsertion(
  state: EditorState,
  from: number,
  markdown: string,
  caretHere: boolean,
  to = from,
): TransactionSpec {
  const before = from > state.doc.lineAt(from).from ? '\n' : ''
  const after = to < state.doc.lineAt(to).to ? '\n' : ''
  return {
    changes: { from, to, insert: `${before}${markdown}${after}` },
    ...(caretHere ? { selection: { anchor: from + before.length + markdown.length } } : {}),
    userEvent: 'input.paste',
    scrollIntoView: caretHere,
  }
}

/** The change that ends a wait: the pictures in place (replacing what they were asked to, unless it was edited since), the marker gone. */
function placedPictures(state: EditorState, id: number, pictures: string[]): TransactionSpec {
  const release = releasePlace.of(id)
  const place = state.field(placesField, false)?.find((held) => held.id === id)
  if (!place || pictures.length === 0) return { effects: release }
  const keep = state.sliceDoc(place.from, place.to) !== place.replaced
  const to = keep ? place.from : place.to
  const { main } = state.selection
  // The caret follows the pictures when it is still where they were asked for.
  const caretHere = main.from === place.from && (main.empty || (!keep && main.to === place.to))
  return { ...pictureInsertion(state, place.from, pictures.join('\n'), caretHere, to), effects: release }
}

let serial = 0

/**
 * Holds `from`-`to` while `produce` stores pictures, then puts their Markdown there (each on its
 * own line, in place of the text between) as one undoable change; nothing changes when it answers
 * none, or (but the insertion) when that text was edited meanwhile.
 */
export async function insertPicturesAt(
  view: EditorView,
  from: number,
  produce: (hooks: PictureHooks) => Promise<string[]>,
  to = from,
): Promise<void> {
  const hooks = view.state.facet(pictureHooks)
  if (!hooks || view.state.readOnly) return
  const id = ++serial
  view.dispatch({ effects: holdPlace.of({ id, from, to, replaced: view.state.sliceDoc(from, to) }) })
  let pictures: string[] = []
  try {
    pictures = await produce(hooks)
  } finally {
    hooks.apply((state) => placedPictures(state, id, pictures))
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
      // What is selected is replaced by the picture, as pasted text would replace it.
      const { from, to } = view.state.selection.main
      void insertPicturesAt(view, from, (hooks) => storeEach(hooks, files), to)
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
