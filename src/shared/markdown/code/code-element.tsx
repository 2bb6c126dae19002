import type { ComponentProps, ComponentType } from 'react'
import type { ExtraProps } from 'react-markdown'
import type { CodeBlockProps } from './CodeBlock'

type HastNode = NonNullable<ExtraProps['node']>
type HastChild = HastNode['children'][number]

function textOf(node: HastNode | HastChild): string {
  if (node.type === 'text') return node.value
  return 'children' in node ? node.children.map(textOf).join('') : ''
}

/** The language word and text of a sanitized `<pre><code class="language-x">` from the Markdown tree (no code element: undefined). */
export function codeBlockOf(pre: HastNode | undefined): CodeBlockProps | undefined {
  const code = pre?.children.find((child): child is HastNode => child.type === 'element' && child.tagName === 'code')
  if (!code) return undefined
  const classes = code.properties.className
  const language = Array.isArray(classes) ? classes.map(String).find((c) => c.startsWith('language-')) : undefined
  // The Markdown tree ends every code block with a line break; the block neither shows nor copies it.
  return { language: language?.slice('language-'.length), code: textOf(code).replace(/\n$/, '') }
}

/** react-markdown's `pre` replaced by `Block`, given the code's language and text (as the parsed, sanitized tree has them). */
export function preAs(Block: ComponentType<CodeBlockProps>): ComponentType<ComponentProps<'pre'> & ExtraProps> {
  return function Pre({ node, children }) {
    const block = codeBlockOf(node)
    return block ? <Block {...block} /> : <pre>{children}</pre>
  }
}
