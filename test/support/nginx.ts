import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * nginx in front of the app, from the documented config (docs/deploy/nginx/inspir.conf) with
 * its TLS parts left out, on free loopback ports and in a temporary folder: the tests and
 * `npm run bench:proxy` run the config operators install. nginx runs as a child process, not
 * a daemon, and needs no root. With REQUIRE_NGINX=1 (CI) a missing nginx fails the run.
 */

const NGINX_BIN = process.env.NGINX_BIN ?? '/usr/sbin/nginx';
const isNginxRequired = process.env.REQUIRE_NGINX === '1';
const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
/** The deployment's nginx config, a template with @NAMES@ (see its header). */
const NGINX_TEMPLATE = path.join(projectRoot, 'docs', 'deploy', 'nginx', 'inspir.conf');
/** Where scripts/build.js writes the fingerprinted assets and their .gz siblings. */
export const PUBLIC_DIR = path.join(projectRoot, 'dist', 'public');

const isNginxInstalled = spawnSync(NGINX_BIN, ['-v']).status === 0;
if (!isNginxInstalled && isNginxRequired) {
  throw new Error(
    `REQUIRE_NGINX=1 but ${NGINX_BIN} cannot run: install nginx (Debian: apt-get install nginx).`,
  );
}

/** False, or why the suites that need nginx are skipped. */
export const nginxSkipReason: string | false = isNginxInstalled
  ? false
  : `nginx not found at ${NGINX_BIN}: suites behind the proxy skipped (REQUIRE_NGINX=1 makes this fail)`;

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

interface TemplateValues {
  /** host:port of each app instance. */
  upstreams: [string, string];
  listen: string;
  cacheDir: string;
  publicDir?: string;
  serverName?: string;
}

/** The documented config with the TLS server and directives removed and the names filled. */
function renderPlainConfig(template: string, values: TemplateValues): string {
  const withoutTls = template.replace(/^[ \t]*# BEGIN TLS\n[\s\S]*?^[ \t]*# END TLS\n/gm, '');
  const plain = withoutTls.replace(/^([ \t]*)# PLAIN /gm, '$1');
  const names: Record<string, string> = {
    APP_1: values.upstreams[0],
    APP_2: values.upstreams[1],
    PLAIN_LISTEN: values.listen,
    CACHE_DIR: values.cacheDir,
    PUBLIC_DIR: values.publicDir ?? PUBLIC_DIR,
    SERVER_NAME: values.serverName ?? 'localhost',
  };
  const filled = plain.replace(/@([A-Z_0-9]+)@/g, (whole, name: string) => {
    const value = names[name];
    if (value === undefined)
      throw new Error(`The nginx template names ${whole}, which has no value.`);
    return value;
  });
  return filled;
}

interface NginxOptions {
  /** The two app instances (host:port); the same one twice for a single instance. */
  upstreams: [string, string];
  /** More `server { … }` blocks for the http context (the benchmark's static server). */
  extraServers?: (dir: string) => string;
  workerProcesses?: number | 'auto';
  /** The port to listen on (a free one by default). */
  port?: number;
}

export interface RunningNginx {
  /** http://127.0.0.1:PORT of the proxy. */
  url: string;
  dir: string;
  /** The error log so far, for a failing test's message. */
  errorLog(): string;
  stop(): Promise<void>;
}

function mainConfig(dir: string, site: string, options: NginxOptions): string {
  const temp = (name: string) => path.join(dir, name);
  return `worker_processes ${options.workerProcesses ?? 1};
error_log ${temp('error.log')} warn;
events { worker_connections 4096; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 65;
    keepalive_requests 100000;
    client_body_temp_path ${temp('client-body')};
    proxy_temp_path ${temp('proxy')};
    fastcgi_temp_path ${temp('fastcgi')};
    uwsgi_temp_path ${temp('uwsgi')};
    scgi_temp_path ${temp('scgi')};
${site}
${options.extraServers?.(dir) ?? ''}
}
`;
}

async function waitForPort(port: number, child: ChildProcess, errorLog: () => string) {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${errorLog()}`);
    const isOpen = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (isOpen) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`nginx did not listen on ${port}: ${errorLog()}`);
}

/** Starts nginx with the documented config in front of `upstreams`, on a free port. */
export async function startNginx(options: NginxOptions): Promise<RunningNginx> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inspir-nginx-'));
  // Started as root, nginx's workers run as nobody: they must reach the cache and temp folders.
  fs.chmodSync(dir, 0o755);
  const port = options.port ?? (await freePort());
  const site = renderPlainConfig(fs.readFileSync(NGINX_TEMPLATE, 'utf8'), {
    upstreams: options.upstreams,
    listen: `127.0.0.1:${port}`,
    cacheDir: path.join(dir, 'cache'),
  });
  const configFile = path.join(dir, 'nginx.conf');
  fs.writeFileSync(configFile, mainConfig(dir, site, options));
  const errorLog = () => {
    const file = path.join(dir, 'error.log');
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  };
  const child = spawn(
    NGINX_BIN,
    [
      '-p',
      dir,
      '-c',
      configFile,
      '-e',
      path.join(dir, 'error.log'),
      '-g',
      `daemon off; pid ${path.join(dir, 'nginx.pid')};`,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  await waitForPort(port, child, () => `${stderr}${errorLog()}`);
  return {
    url: `http://127.0.0.1:${port}`,
    dir,
    errorLog,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        // QUIT: graceful, the workers finish what they were sending.
        child.kill('SIGQUIT');
        const forced = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(forced);
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
