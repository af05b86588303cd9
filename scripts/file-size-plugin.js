import { readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';

/**
 * A test-runner command, `file-size`, that answers the raw, gzip and brotli sizes of a built file,
 * so that a browser test can hold the build to its byte budgets (bytes are stable; timings are not).
 */
export function fileSizePlugin() {
  return {
    name: 'file-size-command',
    executeCommand({ command, payload }) {
      if (command !== 'file-size') return undefined;
      if (typeof payload !== 'string' || !/^dist\/[\w./-]+$/.test(payload) || payload.includes('..'))
        throw new Error('file-size takes a path under dist/');
      const bytes = readFileSync(payload);
      return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes).length };
    },
  };
}
