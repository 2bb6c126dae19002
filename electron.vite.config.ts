import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { preloadFirstView } from './config/preload-first-view'
import { diagramPage } from './config/diagram-page'

const APP_COMMON = /[\\/]src[\\/](shared|renderer[\\/]src[\\/](components|state))[\\/]/
const MARKDOWN =
  /[\\/]src[\\/](shared[\\/]markdown[\\/]|shared[\\/]links[\\/]wiki-links\.ts$|renderer[\\/]src[\\/]components[\\/]code[\\/])/
// The framework data (about 14 KB) is needed by the Frameworks view and the command palette, both lazy.
const FRAMEWORK_DATA = /[\\/]src[\\/]shared[\\/]curriculum[\\/]frameworks\.ts$/
// The curriculum packs' parts (the first start's chooser, the editor's packs panel) are lazy too: they stay out of first paint.
const PACKS = /[\\/]src[\\/](renderer[\\/]src[\\/]components[\\/]packs|shared[\\/]packs)[\\/]/
// Parts only lazy chunks share (evidence, written cards: the skill's sub-topics tab, the notes pane,
// Review, the Study log; the colour scheme hook: the study chart and the preview's diagrams; a level's
// date field: Levels and Plan; the study plan's parts: the Plan view and Today's list): in the group
// they would load with first paint.
const LAZY_PARTS =
  /[\\/]src[\\/]renderer[\\/]src[\\/]components[\\/](evidence[\\/]|review[\\/]AddCardForm|common[\\/]use-colour-scheme|levels[\\/]TargetDate|plan[\\/])/
// The diagram helpers (src/shared/diagrams), the picture helpers (src/shared/attachments) and the plan's
// chart serve only lazy chunks (the preview, the cards, Review, Plan, Reports): out of first paint.
const LAZY_SHARED = /[\\/]src[\\/]shared[\\/](diagrams[\\/]|attachments[\\/]|report[\\/]components[\\/]PlanLeftChart)/

export default defineConfig({
  main: {
    // React renders the exported reports in main: its production build, not the development one
    // Node would pick with NODE_ENV unset (slower, and twice the size in the bundle).
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      // The parse worker (src/main/parse) and the sync engine (src/main/sync) run in worker threads: entries of their own, out/main/*-worker.js.
      rollupOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          'parse-worker': resolve('src/main/parse/parse-worker.ts'),
          'sync-worker': resolve('src/main/sync/sync-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can only require('electron'): bundle everything into one CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    build: {
      minify: true,
      // One stylesheet (about 35 KB) loaded with the page: a view's code never waits for its CSS.
      cssCodeSplit: false,
      rollupOptions: {
        input: { index: resolve('src/renderer/index.html') },
        // Small app modules shared by several views travel in one chunk instead of a dozen
        // tiny requests; libraries (ts-fsrs, Markdown, charts) stay with the views that use them.
        // The note Markdown pipeline (its link check, the [[link]] parser, and the app's code blocks with their highlighter loader) is left out: a group takes its modules'
        // dependencies along, which would pull react-markdown into first paint; it shares a lazy chunk instead.
        // So is the framework data, which only lazy chunks share.
        output: {
          codeSplitting: {
            groups: [
              {
                name: 'app-common',
                test: (id) =>
                  APP_COMMON.test(id) &&
                  !MARKDOWN.test(id) &&
                  !FRAMEWORK_DATA.test(id) &&
                  !PACKS.test(id) &&
                  !LAZY_PARTS.test(id) &&
                  !LAZY_SHARED.test(id),
                minShareCount: 2,
              },
            ],
          },
        },
      },
    },
    // The Dashboard opens a first start and most others. Skills is not preloaded: it would put 6 KB
    // (gzipped) more on every first paint; a start on another view fetches its chunk as soon as the
    // entry runs.
    plugins: [react(), preloadFirstView('views/DashboardView.tsx'), diagramPage()],
  },
})
