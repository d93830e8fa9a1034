/**
 * Printing's chunk: the controller that lays the story out for paper, the printed list and the
 * print styles. Fetched by `controllers/print-on-demand.ts` when printing is asked for, or a
 * few seconds after the first drawing when the page is idle; it imports nothing.
 */
export { usePrintKit } from './print-kit.js';
export { printStyles } from './print.styles.js';
export { PrintController } from '../controllers/print-controller.js';
