import type { ConditionalOutcome } from './conditionalPut';

/** A write the page asks of the writer worker. */
export interface WriterRequest {
  seq: number;
  store: string;
  key: string;
  /** The stored record as the page last saw it, as JSON. */
  expected: string;
  next: unknown;
}

/** The worker's answer: the outcome with the moment it committed (ms since the epoch, high resolution), or the error. */
export type WriterReply = { seq: number; outcome: ConditionalOutcome; committedAt: number } | { seq: number; error: { name: string; message: string } };
