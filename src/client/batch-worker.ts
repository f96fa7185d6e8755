/** The batch page's worker for a CSV file: its bytes, decoded as the CLI decodes them (roster-file.ts). */
import { serveBatch } from './batch-worker-core';

serveBatch(async (bytes) => ({ bytes: new Uint8Array(bytes) }));
