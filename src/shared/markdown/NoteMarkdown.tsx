import { useMemo, type ComponentProps, type ComponentType } from 'react'
import Markdown, { type Components } from 'react-markdown'
import rehypeSanitize from 'rehype-sanitize'
import { CodeBlock, type CodeBlockProps } from './code/CodeBlock'
import { preAs } from './code/code-element'
import { isWebLink } from './web-link'
import { headingDepth, noteRemarkPlugins } from './remark-plugins'
import { EmbeddedImage, type ImageProps } from './embeds'
import { remarkWikiLinks } from '../links/wiki-links'
import { remarkCardLines } from './card-lines'

/** What react-markdown hands a link component. */
export type LinkProps = ComponentProps<'a'>

/** A link that goes nowhere: its text, marked as a link that is not followed. */
export function InertLink({ children }: LinkProps) {
  return <span className="inert-link">{children}</span>
}

/** A link in an exported page: only http(s) addresses, opened without opener or referrer. */
export function PageLink({ href, children }: LinkProps) {
  if (!href || !isWebLink(href)) return <InertLink>{children}</InertLink>
  return (
    <a href={href} rel="noopener noreferrer">
      {children}
    </a>
  )
}

const REHYPE_PLUGINS = [rehypeSanitize]

/**
 * A note's Markdown (GitHub flavour) drawn safely: raw HTML is shown as text, the output is
 * sanitized, links go through `link` (inert unless it says otherwise), images through `image` (by default a
 * stored picture the EmbedsContext has, else a placeholder),
 * headings move `headingShift` levels down, and code blocks are drawn by `code` (a labelled block,
 * highlighted where a HighlightContext provides a highlighter). The one Markdown pipeline of the app and the reports.
 * With `wikiLinks`, `[[Target|alias]]` becomes a link whose href wikiTargetOf reads (the app's preview).
 * With `cards`, review-card lines (`Question :: Answer`) read as a question and its answer (the reports).
 */
export function NoteMarkdown({
  source,
  link = InertLink,
  image = EmbeddedImage,
  code = CodeBlock,
  headingShift = 0,
  wikiLinks = false,
  cards = false,
}: {
  source: string
  link?: ComponentType<LinkProps>
  image?: ComponentType<ImageProps>
  code?: ComponentType<CodeBlockProps>
  headingShift?: number
  wikiLinks?: boolean
  cards?: boolean
}) {
  // Memoised: a new `pre` component on every render would remount each code block.
  const components = useMemo<Components>(() => ({ a: link, img: image, pre: preAs(code) }), [link, image, code])
  // GFM's footnote list has its own heading (an h2 by default): it moves down with the others.
  const footnoteLabelTagName = `h${headingDepth(2 + headingShift)}`
  return (
    <div className="markdown-body">
      <Markdown
        remarkPlugins={[
          ...noteRemarkPlugins(headingShift),
          ...(cards ? [remarkCardLines] : []),
          ...(wikiLinks ? [remarkWikiLinks] : []),
        ]}
        rehypePlugins={REHYPE_PLUGINS}
        remarkRehypeOptions={{ footnoteLabelTagName }}
        components={components}
      >
        {source}
      </Markdown>
    </div>
  )
}
