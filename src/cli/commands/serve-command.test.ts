import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { INSPIR_BIN } from '../../../test/support/cli-runner.ts';

/** A started `inspir serve` on a fresh, empty site, with what it has logged so far. */
interface RunningServer {
  child: ChildProcess;
  base: string;
  port: number;
  output: () => string;
  exited: Promise<{ code: number | null; elapsedMs: number }>;
}

async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const child = spawn(process.execPath, [INSPIR_BIN, 'serve'], {
    env: {
      PATH: process.env.PATH ?? '',
      DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'inspir-serve-')),
      PORT: String(port),
      DEMO_CONTENT: '0',
      LOG_LEVEL: 'info',
      ...env,
    },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let signalledAt = 0;
  const exited = new Promise<{ code: number | null; elapsedMs: number }>((resolve) =>
    child.on('close', (code) => resolve({ code, elapsedMs: performance.now() - signalledAt })),
  );
  const originalKill = child.kill.bind(child);
  child.kill = (signal) => {
    signalledAt = performance.now();
    return originalKill(signal);
  };
  const base = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 150; attempt++) {
    const ready = await fetch(`${base}/readyz`).catch(() => undefined);
    if (ready?.status === 200) return { child, base, port, output: () => output, exited };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`the server was not ready within 15 seconds:\n${output}`);
}

/**
 * A request the server has begun (its headers arrived) but cannot answer until `finish` sends
 * the rest of its body: a slow upload, in flight when the signal comes. The form is the
 * subscription form with its honeypot filled, which is answered 200 and stores nothing.
 */
function slowRequest(
  port: number,
  agent: http.Agent | false = false,
): {
  finish(): void;
  response: Promise<{ status: number; body: string }>;
} {
  const body = `website=bot&email=${'a'.repeat(40)}%40example.org`;
  const request = http.request({
    host: '127.0.0.1',
    port,
    method: 'POST',
    path: '/subscribe',
    agent,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'content-length': Buffer.byteLength(body),
    },
  });
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    request.on('error', reject);
    request.on('response', (answer) => {
      let text = '';
      answer.setEncoding('utf8');
      answer.on('data', (chunk: string) => (text += chunk));
      answer.on('end', () => resolve({ status: answer.statusCode ?? 0, body: text }));
    });
  });
  request.flushHeaders();
  request.write(body.slice(0, 10));
  return { finish: () => request.end(body.slice(10)), response };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('inspir serve: graceful shutdown', () => {
  let server: RunningServer | undefined;
  afterEach(() => {
    server?.child.kill('SIGKILL');
  });

  it('on SIGTERM refuses new connections, finishes the request in flight and exits 0', async () => {
    server = await startServer();
    // Kept alive, as a proxy's connections are: it must not hold the exit for its idle timeout.
    const agent = new http.Agent({ keepAlive: true });
    const slow = slowRequest(server.port, agent);
    await pause(300);
    server.child.kill('SIGTERM');
    await pause(300);
    await assert.rejects(fetch(`${server.base}/healthz`), 'a new connection is refused');
    slow.finish();
    const answer = await slow.response;
    assert.equal(answer.status, 200);
    assert.match(answer.body, /<\/html>/);
    const { code, elapsedMs } = await server.exited;
    agent.destroy();
    assert.equal(code, 0, server.output());
    assert.ok(elapsedMs < 5000, `exited ${Math.round(elapsedMs)} ms after the signal`);
    assert.match(server.output(), /SIGTERM: shutting down/);
    assert.match(server.output(), /"msg":"shut down"/);
  });

  it('exits 1 past SHUTDOWN_TIMEOUT_MS, naming the request it cut short', async () => {
    server = await startServer({ SHUTDOWN_TIMEOUT_MS: '700' });
    const slow = slowRequest(server.port);
    slow.response.catch(() => {});
    await pause(300);
    server.child.kill('SIGTERM');
    const { code, elapsedMs } = await server.exited;
    assert.equal(code, 1, server.output());
    assert.ok(elapsedMs >= 650 && elapsedMs < 4000, `exited ${Math.round(elapsedMs)} ms after`);
    assert.match(server.output(), /shutdown took longer than 700 ms/);
    assert.match(server.output(), /request POST \/subscribe/);
  });
});
