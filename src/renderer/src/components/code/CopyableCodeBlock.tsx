import { CodeBlock, type CodeBlockProps } from '../../../../shared/markdown/code/CodeBlock'
import { codeLabel } from '../../../../shared/markdown/code/languages'
import { isDiagramLanguage } from '../../../../shared/diagrams/diagram-answer'
import { CopyCodeButton } from './CopyCodeButton'
import { DiagramBlock } from './DiagramBlock'
import './code-block.css'

/** A note's code block in the app: label, highlighted code and a copy button; a ```mermaid block is drawn as its diagram. */
export function CopyableCodeBlock(props: CodeBlockProps) {
  if (isDiagramLanguage(props.language)) return <DiagramBlock code={props.code} />
  return <CodeBlock {...props} action={<CopyCodeButton code={props.code} label={codeLabel(props.language)} />} />
}
