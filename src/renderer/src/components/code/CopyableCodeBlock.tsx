import { CodeBlock, type CodeBlockProps } from '../../../../shared/markdown/code/CodeBlock'
import { codeLabel } from '../../../../shared/markdown/code/languages'
import { CopyCodeButton } from './CopyCodeButton'
import './code-block.css'

/** A note's code block in the app: label, highlighted code and a copy button. */
export function CopyableCodeBlock(props: CodeBlockProps) {
  return <CodeBlock {...props} action={<CopyCodeButton code={props.code} label={codeLabel(props.language)} />} />
}
