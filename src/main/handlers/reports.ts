import type { HandlerContext } from './context'
import type { DomainHandlers } from './types'
import { CANCELLED } from '../../shared/contract/cancelled'
import { buildReport, generationDay, type ReportContext } from '../../shared/report/model'
import { reportSourceOf } from '../../shared/report/source'
import { REPORT_FORMATS, reportFileName } from '../../shared/report/defaults'
import { renderCsv } from '../../shared/report/csv'
import type { Report, ReportFormat } from '../../shared/report/schema'
import type { Services } from '../services'
import { writeExport } from '../export-file'
import { reportEmbeds } from '../report-embeds'
import type { NoteEmbeds } from '../../shared/markdown/embeds'

// Loaded on the first export, not at start-up: they pull in remark, React and react-dom/server.
const markdownRenderer = () => import('../../shared/report/markdown')
const htmlRenderer = () => import('../../shared/report/html')

/** The file content of a report in one format; PDF is Chromium's print of the HTML. */
async function renderReport(
  report: Report,
  format: ReportFormat,
  services: Services,
  embeds: () => Promise<NoteEmbeds>,
): Promise<string | Uint8Array> {
  switch (format) {
    case 'md':
      return (await markdownRenderer()).renderMarkdown(report)
    case 'html':
      return (await htmlRenderer()).renderHtml(report, await embeds())
    // The byte order mark makes spreadsheet apps read the file as UTF-8.
    case 'csv':
      return `\uFEFF${renderCsv(report)}`
    case 'pdf':
      return services.printToPdf((await htmlRenderer()).renderHtml(report, await embeds()))
  }
}

/** Progress report handlers. */
export function reportsHandlers(ctx: HandlerContext): DomainHandlers<'reports'> {
  // The learner's zone and the OS locale: the report shows days as the app does.
  const reportContext = (): ReportContext => ({ now: ctx.clock.now(), timeZone: ctx.clock.timeZone() })
  return {
    async build({ options }) {
      const context = reportContext()
      return buildReport(reportSourceOf(ctx.store.state, context), options, context)
    },
    async export({ format, options }) {
      const context = reportContext()
      // A CSV is one row per skill, whatever sections the preview shows.
      const effective = format === 'csv' ? { ...options, include: { ...options.include, skills: true } } : options
      const report = buildReport(reportSourceOf(ctx.store.state, context), effective, context)
      const { extension, filterName } = REPORT_FORMATS[format]
      const path = await ctx.services.showSaveDialog({
        title: 'Export progress report',
        defaultName: reportFileName(format, generationDay(context).day),
        filters: [{ name: filterName, extensions: [extension] }],
      })
      if (!path) return CANCELLED
      await writeExport(
        'the report',
        path,
        await renderReport(report, format, ctx.services, () => reportEmbeds(report, ctx)),
      )
      return { path }
    },
  }
}
