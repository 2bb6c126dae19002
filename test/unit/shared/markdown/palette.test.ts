import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  CODE_BACKGROUNDS,
  HIGHLIGHT_COLOURS,
  TOKEN_CLASSES,
  type TokenKind,
} from '../../../../src/shared/markdown/code/palette'

const APP_CSS = readFileSync('src/renderer/src/components/code/code-block.css', 'utf8')

function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** WCAG contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

/** Every match of a global pattern, as its capture groups. */
function groups(text: string, pattern: RegExp): string[][] {
  const found: string[][] = []
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) found.push(m.slice(1).map(String))
  return found
}

/** The --hl-* values of the app's stylesheet: each is light-dark(light, dark), so the light set and the dark set. */
function cssSets(): Array<Record<string, string>> {
  const pairs = groups(APP_CSS, /--hl-([\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/g)
  return [
    Object.fromEntries(pairs.map(([kind = '', light = '']) => [kind, light])),
    Object.fromEntries(pairs.map(([kind = '', , dark = '']) => [kind, dark])),
  ]
}

describe('highlight colours', () => {
  it('read at 4.5:1 or more on the code background of each theme and of the exported page', () => {
    for (const [theme, backgrounds] of [
      ['light', [CODE_BACKGROUNDS.light, CODE_BACKGROUNDS.page]],
      ['dark', [CODE_BACKGROUNDS.dark]],
    ] as const) {
      for (const [kind, colour] of Object.entries(HIGHLIGHT_COLOURS[theme])) {
        for (const background of backgrounds)
          expect(contrast(colour, background), `${theme} ${kind} on ${background}`).toBeGreaterThanOrEqual(4.5)
      }
    }
  })

  it('are the same in the app’s stylesheet, written once as light and dark pairs', () => {
    expect(cssSets()).toEqual([HIGHLIGHT_COLOURS.light, HIGHLIGHT_COLOURS.dark])
    expect(APP_CSS).not.toMatch(/prefers-color-scheme|data-theme/)
  })

  it('colour every class of each kind in the app’s stylesheet with that kind', () => {
    for (const kind of Object.keys(TOKEN_CLASSES) as TokenKind[]) {
      expect(APP_CSS).toContain(
        `${TOKEN_CLASSES[kind].map((c) => `.hljs-${c}`).join(', ')} { color: var(--hl-${kind}); }`,
      )
    }
  })
})
