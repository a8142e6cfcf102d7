/**
 * The studio's two needs from Vite, hooks only. First, `story/**\/*.ink?raw`
 * must give the ink source text (the flagship opened as an example), not the
 * compiled JSON the ink plugin makes of every `.ink` import. Second, under
 * `npm start` the studio can open and save the project's own story/ files
 * through `/__studio/files`: loopback requests only, `.ink` files under
 * story/ only, every other path refused. The game's dev loop then recompiles
 * the saved file as usual.
 */
import { readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { Plugin } from 'vite';

export const FILES_ENDPOINT = '/__studio/files';
const MAX_BODY = 2 * 1024 * 1024;

/** The absolute path of `name` if it is an .ink file inside `root` (no `..`, no symlink out), else null. */
export function storyPath(root: string, name: string): string | null {
  if (typeof name !== 'string' || !name.endsWith('.ink') || name.includes('\0') || path.isAbsolute(name)) return null;
  if (name.split(/[\\/]/).some((part) => part === '..' || part === '')) return null;
  const full = path.resolve(root, name);
  if (!full.startsWith(root + path.sep)) return null;
  try {
    // A symlink inside story/ must not lead outside it.
    const real = realpathSync(path.dirname(full));
    if (real !== realpathSync(root) && !real.startsWith(realpathSync(root) + path.sep)) return null;
  } catch {
    return null;
  }
  return full;
}

export function isLoopback(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

/** A request with no Origin (same-origin GET, curl) or one from this very server. */
export function sameOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

function listInk(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return listInk(root, full);
    return entry.endsWith('.ink') ? [path.relative(root, full).split(path.sep).join('/')] : [];
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function studioFilesPlugin(options: { storyDir?: string } = {}): Plugin {
  const root = path.resolve(options.storyDir ?? 'story');
  return {
    name: 'kee:studio-files',
    enforce: 'pre',
    load(id) {
      const [file, query] = id.split('?');
      if (!file?.endsWith('.ink') || query !== 'raw') return null;
      return { code: `export default ${JSON.stringify(readFileSync(file, 'utf8'))};`, map: null };
    },
    configureServer(server) {
      server.middlewares.use(FILES_ENDPOINT, (req, res) => {
        void (async () => {
          if (!isLoopback(req.socket.remoteAddress)) return send(res, 403, { error: 'The studio saves story files for this machine only.' });
          // Another site open in the same browser must not reach the author's files through it.
          if (!sameOrigin(req.headers.origin, req.headers.host)) return send(res, 403, { error: 'Only the studio page itself may use this endpoint.' });
          const url = new URL(req.url ?? '/', 'http://localhost');
          if (req.method === 'GET' && url.pathname === '/') {
            const files = Object.fromEntries(listInk(root).map((name) => [name, readFileSync(path.join(root, name), 'utf8')]));
            return send(res, 200, { files });
          }
          if (req.method === 'PUT') {
            const name = url.searchParams.get('name') ?? '';
            const full = storyPath(root, name);
            if (!full) return send(res, 400, { error: `Only .ink files inside story/ can be saved; “${name}” is not one.` });
            const body = await readBody(req);
            if (body === null) return send(res, 413, { error: 'That file is over 2 MB.' });
            writeFileSync(full, body);
            return send(res, 200, { saved: name });
          }
          send(res, 405, { error: 'GET lists the story files; PUT ?name=file.ink saves one.' });
        })().catch((err: Error) => send(res, 500, { error: err.message }));
      });
    },
  };
}
