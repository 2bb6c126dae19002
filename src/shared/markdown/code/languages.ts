// The languages code blocks are highlighted in, and the names a fence may give them. Kept apart
// from the highlighter so a block can show its label before the highlighter's chunk arrives.

const LANGUAGES = {
  javascript: { label: 'JavaScript', aliases: ['js', 'jsx', 'mjs', 'cjs', 'node'] },
  typescript: { label: 'TypeScript', aliases: ['ts', 'tsx', 'mts', 'cts'] },
  python: { label: 'Python', aliases: ['py', 'python3', 'py3'] },
  java: { label: 'Java', aliases: [] },
  go: { label: 'Go', aliases: ['golang'] },
  csharp: { label: 'C#', aliases: ['cs', 'c#', 'dotnet'] },
  ruby: { label: 'Ruby', aliases: ['rb'] },
  php: { label: 'PHP', aliases: [] },
  sql: { label: 'SQL', aliases: ['postgres', 'postgresql', 'mysql', 'sqlite', 'psql'] },
  bash: { label: 'Bash', aliases: ['sh', 'shell', 'zsh', 'console', 'shell-session'] },
  json: { label: 'JSON', aliases: ['jsonc', 'json5'] },
  yaml: { label: 'YAML', aliases: ['yml'] },
  http: { label: 'HTTP', aliases: ['https'] },
  dockerfile: { label: 'Dockerfile', aliases: ['docker'] },
  xml: { label: 'XML', aliases: ['html', 'xhtml', 'svg'] },
} as const satisfies Record<string, { label: string; aliases: readonly string[] }>

/** A language the highlighter knows, by its one name. */
export type LanguageId = keyof typeof LANGUAGES

/** A known language: its name for the highlighter and the label a code block shows. */
export interface CodeLanguage {
  id: LanguageId
  label: string
}

const BY_NAME = new Map<string, CodeLanguage>()
for (const [id, { label, aliases }] of Object.entries(LANGUAGES) as Array<
  [LanguageId, (typeof LANGUAGES)[LanguageId]]
>) {
  for (const name of [id, ...aliases]) BY_NAME.set(name, { id, label })
}

/** Every language the highlighter must know. */
export const LANGUAGE_IDS = Object.keys(LANGUAGES) as LanguageId[]

/** The known language a fence names (any case, any alias), or undefined for none or one the app does not highlight. */
export function codeLanguage(name: string | undefined): CodeLanguage | undefined {
  return name ? BY_NAME.get(name.toLowerCase()) : undefined
}

/** What a code block's label says: the language's name, the fence's own word for one the app does not know, or "Text". */
export function codeLabel(name: string | undefined): string {
  return codeLanguage(name)?.label ?? (name || 'Text')
}
