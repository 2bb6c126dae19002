import { describe, expect, it } from 'vitest'
import {
  isAllowedNetworkRequest,
  isAppUrl,
  isPermissionAllowed,
  isSafeExternalUrl,
  navigationDecision,
  senderRefusal,
  windowOpenDecision,
  type AppPages,
} from '../../../src/main/security'

const built: AppPages = { rendererFile: 'file:///opt/Groundwork/resources/app.asar/out/renderer/index.html' }
const dev: AppPages = { ...built, devServer: 'http://localhost:5173/' }

describe('isSafeExternalUrl', () => {
  it.each([
    ['https://developer.mozilla.org/en-US/docs/Web/HTTP', true],
    ['http://example.com/', true],
    ['HTTPS://EXAMPLE.COM/', true],
    ['javascript:alert(1)', false],
    ['JaVaScRiPt:alert(1)', false],
    [' javascript:alert(1)', false],
    ['java\tscript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['FILE:///C:/Windows/System32/calc.exe', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['vbscript:msgbox(1)', false],
    ['smb://attacker/share', false],
    ['ms-msdt:/id PCWDiagnostic', false],
    ['mailto:someone@example.com', false],
    ['https://user:pass@example.com/', false],
    ['https://user@example.com/', false],
    ['//example.com/', false],
    ['example.com', false],
    ['', false],
  ])('%s -> %s', (url, safe) => expect(isSafeExternalUrl(url)).toBe(safe))

  it('refuses values that are not strings', () => {
    expect(isSafeExternalUrl(undefined as unknown as string)).toBe(false)
    expect(isSafeExternalUrl({ toString: () => 'https://x.y' } as unknown as string)).toBe(false)
  })
})

describe('isAppUrl and navigation', () => {
  it('accepts only the built index.html itself, not any other local file', () => {
    expect(isAppUrl(built.rendererFile, built)).toBe(true)
    expect(isAppUrl(`${built.rendererFile}#/skills`, built)).toBe(true)
    expect(isAppUrl('file:///etc/passwd', built)).toBe(false)
    expect(isAppUrl('file:///home/me/Downloads/evil.html', built)).toBe(false)
    expect(isAppUrl('file:///opt/Groundwork/resources/app.asar/out/renderer/other.html', built)).toBe(false)
    expect(isAppUrl('file://attacker-host/opt/Groundwork/resources/app.asar/out/renderer/index.html', built)).toBe(
      false,
    )
  })

  it('accepts the dev server only when there is one, and only its origin', () => {
    expect(isAppUrl('http://localhost:5173/#x', built)).toBe(false)
    expect(isAppUrl('http://localhost:5173/#x', dev)).toBe(true)
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false)
    expect(isAppUrl('ws://localhost:5173/', dev)).toBe(false)
    expect(isAppUrl('not a url', dev)).toBe(false)
  })

  it('keeps the app, hands safe links to the OS browser, and refuses the rest', () => {
    expect(navigationDecision(built.rendererFile, built)).toBe('allow')
    expect(navigationDecision('https://example.com/', built)).toBe('open-externally')
    expect(navigationDecision('javascript:alert(1)', built)).toBe('deny')
    expect(navigationDecision('file:///etc/passwd', built)).toBe('deny')
    expect(navigationDecision('data:text/html,hi', built)).toBe('deny')
    expect(windowOpenDecision('https://example.com/')).toBe('open-externally')
    expect(windowOpenDecision(built.rendererFile)).toBe('deny')
    expect(windowOpenDecision('about:blank')).toBe('deny')
  })
})

describe('session decisions', () => {
  it('denies every permission a page may ask for but writing text to the clipboard', () => {
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'midi',
      'midiSysex',
      'pointerLock',
      'fullscreen',
      'openExternal',
      'clipboard-read',
      'hid',
      'serial',
      'usb',
      'unknown',
    ]) {
      expect(isPermissionAllowed(permission), permission).toBe(false)
    }
    expect(isPermissionAllowed('clipboard-sanitized-write')).toBe(true)
  })

  it('blocks all network requests in the built app, and all but the dev server in development', () => {
    expect(isAllowedNetworkRequest('https://cdn.example.com/x.js', undefined)).toBe(false)
    expect(isAllowedNetworkRequest('http://localhost:5173/src/main.tsx', undefined)).toBe(false)
    expect(isAllowedNetworkRequest('http://localhost:5173/src/main.tsx', dev.devServer)).toBe(true)
    expect(isAllowedNetworkRequest('ws://localhost:5173/', dev.devServer)).toBe(true)
    expect(isAllowedNetworkRequest('https://example.com/', dev.devServer)).toBe(false)
  })
})

describe('senderRefusal', () => {
  const good = { fromAppWindow: true, frameUrl: built.rendererFile, isTopFrame: true }
  it('has no objection to the app window top frame on the app page', () =>
    expect(senderRefusal(good, built)).toBeNull())
  it('accepts the dev server page in development only', () => {
    const onDev = { ...good, frameUrl: 'http://localhost:5173/' }
    expect(senderRefusal(onDev, dev)).toBeNull()
    expect(senderRefusal(onDev, built)).toBe('not an app page')
  })
  it.each([
    ['another webContents', { ...good, fromAppWindow: false }, 'not the app window'],
    ['an iframe', { ...good, isTopFrame: false }, 'not the top-level frame'],
    ['a destroyed frame', { ...good, frameUrl: null }, 'the frame is gone'],
    ['a page that navigated elsewhere', { ...good, frameUrl: 'https://evil.example/' }, 'not an app page'],
    ['another local file', { ...good, frameUrl: 'file:///tmp/evil.html' }, 'not an app page'],
  ])('refuses %s', (_name, sender, why) => expect(senderRefusal(sender, built)).toBe(why))
})
