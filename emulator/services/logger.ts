/**
 * This file defines Logger and console as the bundle sees them: both write into the
 * emulator's log (readable through the API's `logs()`), stamped with simulated time and
 * the running execution, instead of printing to the test runner's output.
 */
import { format } from 'node:util';
import type { EmulatorContext } from '../context';

export interface LogEntry {
  at: string;
  source: 'Logger' | 'console';
  level: 'log' | 'info' | 'warn' | 'error' | 'debug';
  message: string;
  executionId: string | null;
}

export interface LogSink {
  entries: LogEntry[];
  currentExecution(): string | null;
}

function write(ctx: EmulatorContext, sink: LogSink, source: LogEntry['source'], level: LogEntry['level'], message: string): void {
  sink.entries.push({
    at: new Date(ctx.clock.now()).toISOString(),
    source,
    level,
    message,
    executionId: sink.currentExecution(),
  });
}

/** Logger.log(data) or Logger.log(format, ...values) with %s-style placeholders, as on Google. */
export function createLogger(ctx: EmulatorContext, sink: LogSink) {
  const logger = {
    log(data: unknown, ...values: unknown[]) {
      const message = typeof data === 'string' && values.length > 0 ? format(data, ...values) : stringify(data);
      write(ctx, sink, 'Logger', 'info', message);
      return logger;
    },
    getLog(): string {
      return sink.entries
        .filter((e) => e.source === 'Logger')
        .map((e) => `${e.at} INFO: ${e.message}`)
        .join('\n');
    },
    clear(): void {
      sink.entries.splice(0, sink.entries.length, ...sink.entries.filter((e) => e.source !== 'Logger'));
    },
  };
  return logger;
}

function stringify(data: unknown): string {
  if (typeof data === 'string') return data;
  if (typeof data === 'object' && data !== null && !(data instanceof Error)) {
    try {
      return JSON.stringify(data);
    } catch {
      return String(data);
    }
  }
  return String(data);
}

export function createConsole(ctx: EmulatorContext, sink: LogSink) {
  const at = (level: LogEntry['level']) => (...args: unknown[]) => write(ctx, sink, 'console', level, format(...args));
  const noop = () => undefined;
  return {
    log: at('log'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    debug: at('debug'),
    time: noop,
    timeEnd: noop,
    assert: (condition: unknown, ...args: unknown[]) => {
      if (!condition) write(ctx, sink, 'console', 'error', `Assertion failed: ${format(...args)}`);
    },
  };
}
