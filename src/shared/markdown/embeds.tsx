import { createContext, useContext, type ComponentProps } from 'react'
import { attachmentOfLink } from '../attachments/names'
import { imageLabel } from './remark-plugins'

/**
 * What a static rendering of notes (an exported report) can show in place: pictures and drawn
 * diagrams as data URLs, worked out before rendering. Anything it lacks reads as a label.
 */
export interface NoteEmbeds {
  /** A stored picture as a data URL, by its attachment name. */
  pictureUrl(name: string): string | undefined
  /** A Mermaid diagram drawn as an SVG data URL, by its source. */
  diagramUrl(source: string): string | undefined
}

/** Nothing embedded: pictures and diagrams read as labels. */
export const NO_EMBEDS: NoteEmbeds = { pictureUrl: () => undefined, diagramUrl: () => undefined }

/** The embeds of the rendering under way. */
export const EmbedsContext = createContext<NoteEmbeds>(NO_EMBEDS)

/** What react-markdown hands an image component. */
export type ImageProps = ComponentProps<'img'>

// The app is offline and its CSP blocks remote images, as the exported page's does: say what the image is instead.
/** An image that is not shown: its alt text as a label, the address in its tooltip. */
export function ImagePlaceholder({ alt, src }: ImageProps) {
  return (
    <span className="image-placeholder" title={typeof src === 'string' ? src : undefined}>
      {imageLabel(alt)}
    </span>
  )
}

/** A stored picture drawn from the embeds when they have it; anything else is a placeholder. */
export function EmbeddedImage(props: ImageProps) {
  const embeds = useContext(EmbedsContext)
  const name = typeof props.src === 'string' ? attachmentOfLink(props.src) : null
  const url = name ? embeds.pictureUrl(name) : undefined
  if (!url) return <ImagePlaceholder {...props} />
  return <img className="note-picture" src={url} alt={props.alt ?? ''} title={props.title} decoding="async" />
}
