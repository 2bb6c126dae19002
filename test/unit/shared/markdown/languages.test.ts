import { describe, expect, it } from 'vitest'
import { codeLabel, codeLanguage, LANGUAGE_IDS } from '../../../../src/shared/markdown/code/languages'

describe('code languages', () => {
  it('read the usual aliases, in any case, as the language they name', () => {
    const aliases: Record<string, string> = {
      js: 'javascript',
      JSX: 'javascript',
      mjs: 'javascript',
      ts: 'typescript',
      tsx: 'typescript',
      py: 'python',
      Python3: 'python',
      golang: 'go',
      cs: 'csharp',
      'c#': 'csharp',
      rb: 'ruby',
      postgresql: 'sql',
      sh: 'bash',
      shell: 'bash',
      zsh: 'bash',
      jsonc: 'json',
      yml: 'yaml',
      YAML: 'yaml',
      https: 'http',
      docker: 'dockerfile',
      Dockerfile: 'dockerfile',
      html: 'xml',
    }
    for (const [alias, id] of Object.entries(aliases)) expect(codeLanguage(alias)?.id, alias).toBe(id)
  })

  it('name each language by itself, with a label', () => {
    for (const id of LANGUAGE_IDS) expect(codeLanguage(id)?.id).toBe(id)
    expect(['javascript', 'csharp', 'sql', 'dockerfile'].map(codeLabel)).toEqual([
      'JavaScript',
      'C#',
      'SQL',
      'Dockerfile',
    ])
  })

  it('know nothing of other words, which label the block as written', () => {
    for (const word of ['elixir', 'text', 'constructor', '__proto__', 'toString', undefined, ''])
      expect(codeLanguage(word), String(word)).toBeUndefined()
    expect(codeLabel('elixir')).toBe('elixir')
    expect(codeLabel(undefined)).toBe('Text')
  })
})
