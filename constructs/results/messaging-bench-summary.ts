import { ValidationError } from '../core/errors';
import { labelName } from './checks';
import type { OtherLoadSummary } from './results-document';

/** The line each messaging bench script prints once its tool succeeded (bench-load-generator.ts). */
const MESSAGES = /^messages sent:\s*(\d+)\s*$/m;

/** The messages a bench was told to send, from the line its script prints when the tool succeeded. */
export function messagesSent(tool: string, name: string, body: string): number {
  const m = MESSAGES.exec(body);
  if (!m) {
    throw new ValidationError(`${tool} summary "${name}"`, 'messages', body.trim().split('\n').pop(),
      'must end with the line "messages sent: <n>" that the bench prints once its tool succeeded; did the run end?');
  }
  return Number(m[1]);
}

/** Checks the name and text of a summary; returns them. */
export function summaryInput(tool: string, text: unknown, name: unknown): { readonly name: string; readonly body: string } {
  return { name: labelName(`${tool} summary`, 'name', name), body: typeof text === 'string' ? text : '' };
}

/** A figure the summary must hold. */
export function required(tool: string, name: string, body: string, figure: string, value: number | undefined, line: string): number {
  if (value === undefined || !Number.isFinite(value)) {
    throw new ValidationError(`${tool} summary "${name}"`, figure, body.trim().split('\n').pop(), `must be in the tool's closing lines (${line})`);
  }
  return value;
}

/** A number as the tools print it, with thousands separators. */
export function parseFigure(text: string): number {
  return Number(text.replace(/,/g, ''));
}

/** Summaries of the messaging benches carry these, whatever the tool. */
export type MessagingSummary = OtherLoadSummary;
