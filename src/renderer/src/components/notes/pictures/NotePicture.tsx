import { useEffect, useId, useState } from 'react'
import { createPortal } from 'react-dom'
import { Dialog } from '../../common/Dialog'
import { isKeptPictureUrl, keptPictureUrl, pictureUrl } from './picture-urls'

/** Where a picture is: on its way, shown from its URL, or not to be had (missing, or its bytes not a picture). */
type Shown = { name: string; url: string | null | undefined; broken?: boolean }

/** The room the larger view leaves a picture (its frame, heading and margins taken off), in CSS pixels. */
const VIEW_MARGIN = { width: 80, height: 140 }

/** A picture's size in the larger view: as big as the window allows, but never more than twice its own size. */
export function largerSize(width: number, height: number): { width: number; height: number } | undefined {
  if (width <= 0 || height <= 0) return undefined
  const scale = Math.min(
    2,
    (window.innerWidth - VIEW_MARGIN.width) / width,
    (window.innerHeight - VIEW_MARGIN.height) / height,
  )
  return { width: Math.round(width * scale), height: Math.round(height * scale) }
}

/** A picture larger, in the app's dialog: Escape or Close ends it, and focus goes back to the picture. */
function PictureView({ url, alt, onClose }: { url: string; alt: string; onClose: () => void }) {
  const heading = useId()
  const [size, setSize] = useState<{ width: number; height: number } | undefined>()
  return (
    <Dialog open onClose={onClose} labelledBy={heading} className="picture-view">
      <div className="picture-view-head">
        <h2 id={heading}>{alt || 'Picture'}</h2>
        <button type="button" onClick={onClose} data-autofocus>
          Close
        </button>
      </div>
      <div className="picture-view-frame">
        <img
          className="picture-view-image"
          src={url}
          alt={alt}
          decoding="async"
          style={size}
          onLoad={(event) => setSize(largerSize(event.currentTarget.naturalWidth, event.currentTarget.naturalHeight))}
        />
      </div>
    </Dialog>
  )
}

/**
 * A stored picture in the preview: its bytes come from main and show through a kept blob: URL,
 * sized to the pane; a click, Enter or Space shows it larger. Missing, it says so in its place.
 */
export function NotePicture({ name, alt, title }: { name: string; alt: string; title?: string }) {
  const [shown, setShown] = useState<Shown>(() => ({ name, url: keptPictureUrl(name) }))
  const [large, setLarge] = useState(false)
  const [asked, setAsked] = useState(0)
  useEffect(() => {
    let live = true
    void pictureUrl(name).then((url) => live && setShown({ name, url }))
    return () => void (live = false)
  }, [name, asked])

  const url = shown.name === name ? shown.url : keptPictureUrl(name)
  if (url === undefined) {
    return (
      <span
        className="note-picture-state"
        role="img"
        aria-busy="true"
        aria-label={`Loading picture${alt ? `: ${alt}` : ''}`}
      >
        Loading picture…
      </span>
    )
  }
  if (url === null || (shown.name === name && shown.broken)) {
    const what = `${url === null ? 'Picture not found' : 'Picture could not be shown'}${alt ? `: ${alt}` : ''}`
    return (
      <span
        className="note-picture-state note-picture-missing"
        role="img"
        aria-label={what}
        title={`attachments/${name}`}
      >
        {what}
      </span>
    )
  }
  return (
    <>
      <button
        type="button"
        className="note-picture-button"
        aria-label={`${alt || 'Picture'}: show larger`}
        onClick={() => setLarge(true)}
      >
        <img
          className="note-picture"
          src={url}
          alt={alt}
          title={title}
          loading="lazy"
          decoding="async"
          onError={() => {
            // Its URL given back while it waited to load: ask for a new one once; else its bytes are no picture.
            if (!isKeptPictureUrl(url) && asked === 0) setAsked(1)
            else setShown({ name, url, broken: true })
          }}
        />
      </button>
      {/* In the page's body: a picture sits in a paragraph, where a dialog and its boxes do not belong. */}
      {large ? createPortal(<PictureView url={url} alt={alt} onClose={() => setLarge(false)} />, document.body) : null}
    </>
  )
}
