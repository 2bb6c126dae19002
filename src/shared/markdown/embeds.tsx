import { createContext, useContext, type ComponentProps } from 'react'
import { attachmentOfLink } from '../attachments/names'
import { imageLabel } from './image-label'

/**
 * What a static rendering of notes (an exported report) can show in place: pictures and drawn
 * diagrams as data URLs, worked out before rendering. Anything it lacks reads as a label.
 */
export interface NoteEmbeds {
  /** A stored picture as a data URL, by its attachment name. */
  pictureUrl(name: string): string | undefined
  /** A Mermaid diagram, by its source: drawn (an SVG data URL) or why it could not be; undefined when not asked. */
  diagram(source: string): DiagramDrawing | undefined
}

/** A Mermaid diagram as shown: its SVG as a data URL for an image, or why it could not be drawn. */
export type DiagramDrawing = { url: string } | { error: string }

/** Nothing embedded: pictures read as labels and diagrams as their source. */
export const NO_EMBEDS: NoteEmbeds = { pictureUrl: () => undefined, diagram: () => undefined }

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
