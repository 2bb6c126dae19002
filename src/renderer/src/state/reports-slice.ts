import type { StateCreator } from 'zustand'
import type { ReportFormat, ReportOptions } from '../../../shared/report/schema'
import { call, type AnswerOf, type Outcome } from './call'
import type { Store } from './store'

/** Progress reports: the model for the preview, and export to a file. Nothing is held in the store. */
export interface ReportsSlice {
  reports: {
    /** The report model for `options`, built in main (where note bodies live). */
    build: (options: ReportOptions) => Promise<Outcome<AnswerOf<'reports.build'>>>
    /** Asks where to save and writes the report; answers the path, or that the dialog was closed. */
    export: (format: ReportFormat, options: ReportOptions) => Promise<Outcome<AnswerOf<'reports.export'>>>
  }
}

/** The reports slice: report preview and export actions. */
export const createReportsSlice: StateCreator<Store, [], [], ReportsSlice> = () => ({
  reports: {
    build: (options) => call('reports.build', { options }),
    export: (format, options) => call('reports.export', { format, options }),
  },
})
