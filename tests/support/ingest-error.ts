import { IngestError } from '../../src/ingest/errors.ts';

/** The IngestError a call throws, for assertions on its parts; fails when it throws none. */
export function errorOf(call: () => unknown): IngestError {
  try {
    call();
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error('expected an IngestError');
}
