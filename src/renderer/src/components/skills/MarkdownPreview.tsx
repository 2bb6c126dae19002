import { memo, type ComponentProps } from 'react'
import Markdown from 'react-markdown'
import remarkGfm from 'remark-gfm'
import rehypeSanitize from 'rehype-sanitize'
import { useStore } from '../../state/store'

interface MdNode {
  type: string
  value?: string
  children?: MdNode[]
}

/** A remark plugin: raw HTML in a note is shown as the text it is, never parsed as markup. */
function htmlAsText() {
  const walk = (node: MdNode): void => {
    if (node.type === 'html') node.type = 'text'
    node.children?.forEach(walk)
  }
  return walk
}

/** Only web links leave the app, and only through the OS browser. */
function isWebLink(href: string | undefined): href is string {
  return !!href && /^https?:\/\//i.test(href)
}

function SafeLink({ href, children }: ComponentProps<'a'>) {
  const openExternal = useStore((s) => s.app.openExternal)
  if (!isWebLink(href)) return <span className="inert-link">{children}</span>
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

// The app is offline and its CSP blocks remote images: show what the image is instead.
function ImagePlaceholder({ alt, src }: ComponentProps<'img'>) {
  return <span className="image-placeholder" title={typeof src === 'string' ? src : undefined}>[image{alt ? `: ${alt}` : ''}]</span>
}

/**
 * Renders a note's Markdown (GitHub flavour) safely: raw HTML is shown as text, the output is
 * sanitized, javascript: and other non-web links are inert. Lives in its own lazy chunk.
 */
function MarkdownPreview({ source }: { source: string }) {
  return (
    <div className="markdown-body">
      <Markdown remarkPlugins={PLUGINS} rehypePlugins={REHYPE_PLUGINS} components={COMPONENTS}>
        {source}
      </Markdown>
    </div>
  )
}

const PLUGINS = [remarkGfm, htmlAsText]
const REHYPE_PLUGINS = [rehypeSanitize]
const COMPONENTS = { a: SafeLink, img: ImagePlaceholder }

// Memoised: the editor re-renders on every keystroke, and parsing the same text again is the
// costliest thing it could do.
export default memo(MarkdownPreview)
