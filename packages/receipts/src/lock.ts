import { createHash } from 'node:crypto';
import { mkdirSync, realpathSync, rmSync } from 'node:fs';
import { connect, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Says that another receiver already uses the folder. */
export class FolderInUse extends Error {}

/**
 * PGlite is one process: a second receiver on the same folder would corrupt it. The first listens on
 * a Unix socket named after the folder; the next one connects to it and is refused. A receiver killed
 * without cleaning up leaves a socket that nobody answers, which the next one takes over.
 */
export async function lockFolder(folder: string): Promise<() => void> {
  mkdirSync(folder, { recursive: true });
  const real = realpathSync(folder);
  let path = join(real, '.receiver.sock');
  // A socket's path is limited to about 100 bytes: a long folder's socket goes to the temporary folder instead.
  if (Buffer.byteLength(path) > 100)
    path = join(tmpdir(), `cookie-charter-receipts-${createHash('sha256').update(real).digest('hex').slice(0, 16)}.sock`);
  const server: Server = createServer((socket) => socket.destroy());
  const listen = () =>
    new Promise<NodeJS.ErrnoException | null>((resolve) => {
      server.once('error', resolve);
      server.listen(path, () => resolve(null));
    });
  let error = await listen();
  if (error?.code === 'EADDRINUSE') {
    if (await answers(path))
      throw new FolderInUse(
        `another receiver is running on ${real}: PGlite allows one process per folder (stop it, or use DATABASE_URL to run several receivers)`,
      );
    rmSync(path, { force: true });
    error = await listen();
    if (error?.code === 'EADDRINUSE')
      throw new FolderInUse(`another receiver is starting on ${real}: PGlite allows one process per folder`);
  }
  if (error) throw error;
  server.unref();
  return () => {
    server.close();
    rmSync(path, { force: true });
  };
}

/** Whether a receiver listens on the socket. */
const answers = (path: string) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(path);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
