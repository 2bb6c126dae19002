import { memo } from 'react'
import { InertLink, NoteMarkdown, type LinkProps } from '../../../../shared/markdown/NoteMarkdown'
import { isWebLink } from '../../../../shared/markdown/web-link'
import { useStore } from '../../state/store'
import { wikiTargetOf } from '../../../../shared/links/link-names'
import { WikiLink } from './links/WikiLink'
import { CopyableCodeBlock } from '../code/CopyableCodeBlock'
import { LazyHighlight } from '../code/LazyHighlight'
import { ImagePlaceholder, type ImageProps } from '../../../../shared/markdown/embeds'
import { imageLabel } from '../../../../shared/markdown/image-label'
import { attachmentOfLink } from '../../../../shared/attachments/names'
import { NotePicture } from './pictures/NotePicture'
import './markdown-tables.css'

/** Only web links leave the app, and only through the OS browser; `[[links]]` open a note or skill in it. */
function SafeLink({ href, children }: LinkProps) {
  const openExternal = useStore((s) => s.app.openExternal)
  const target = wikiTargetOf(href)
  if (target !== null) return <WikiLink target={target}>{children}</WikiLink>
  if (!href || !isWebLink(href)) return <InertLink>{children}</InertLink>
  return (
    <a
      href={href}
      title={href}
      rel="noreferrer noopener"
      onClick={(event) => {
        event.preventDefault()
        void openExternal(href)
      }}
    >
      {children}
    </a>
  )
}

/** A stored picture shown in place; a web image is never fetched but offered as a link; anything else is its label. */
function PreviewImage(props: ImageProps) {
  const src = typeof props.src === 'string' ? props.src : ''
  const name = attachmentOfLink(src)
  if (name) return <NotePicture name={name} alt={props.alt ?? ''} title={props.title} />
  if (isWebLink(src)) return <SafeLink href={src}>{imageLabel(props.alt)}</SafeLink>
  return <ImagePlaceholder {...props} />
}

/** A note's Markdown as the editor previews it, with links that open in the OS browser (or, for `[[links]]`, a note or skill), its stored pictures, and code blocks highlighted (once the highlighter has loaded) with a copy button. Lives in its own lazy chunk. */
function MarkdownPreview({ source }: { source: string }) {
  return (
    <LazyHighlight>
      <NoteMarkdown source={source} link={SafeLink} image={PreviewImage} code={CopyableCodeBlock} wikiLinks />
    </LazyHighlight>
  )
}

// Memoised: the editor re-renders on every keystroke, and parsing the same text again is the
// costliest thing it could do.
export default memo(MarkdownPreview)
