/** The decoding moved to src/lib/text-encoding.ts (pure, shared with the batch page in the browser); Node tools keep importing it from here. */
export * from '../../src/lib/text-encoding.ts';
