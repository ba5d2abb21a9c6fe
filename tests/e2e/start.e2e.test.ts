/**
 * The README's first command on a machine without a display: it builds (done by the suite), starts
 * the demo server and prints how to load the extension, and the demo page it names is served.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/servers';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('npm start without a display', () => {
  let child: ChildProcess | undefined;
  afterAll(() => void child?.kill('SIGTERM'));

  it('prints how to load the extension and serves the demo page full of numbers', async () => {
    const [httpPort, httpsPort] = [await freePort(), await freePort()];
    const env: NodeJS.ProcessEnv = { ...process.env, DEMO_HTTP_PORT: String(httpPort), DEMO_HTTPS_PORT: String(httpsPort) };
    delete env.DISPLAY;
    child = spawn(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/start.ts'], { cwd: ROOT, env });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await expect.poll(() => output, { timeout: 20_000 }).toContain('4. Let ThruDial run on the demo page');

    expect(output).toContain(`Load unpacked" and choose: ${path.join(ROOT, '.output/chrome-mv3')}`);
    expect(output).toContain(`Demo page:           http://127.0.0.1:${httpPort}/demo`);
    expect(output).toContain('<cth_ws_url>http://127.0.0.1:');

    const demo = await fetch(`http://127.0.0.1:${httpPort}/demo`);
    expect(demo.status).toBe(200);
    expect(await demo.text()).toContain('+44 20 7946 0958');
  });
});
