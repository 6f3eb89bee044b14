/** Issue #14: the browser build is served with the desktop's CSP (scripts/serve-web.mjs), really sent. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/csp';
import { WEB_CONTENT_SECURITY_POLICY } from '../../../scripts/web-csp.mjs';

const built = existsSync(new URL('../../../dist-web/index.html', import.meta.url));

describe('serve-web CSP', () => {
  it('is the desktop policy', () => {
    expect(WEB_CONTENT_SECURITY_POLICY).toBe(CONTENT_SECURITY_POLICY);
  });

  it.skipIf(!built)('is sent with the page', async () => {
    const port = 4590 + Math.floor(Math.random() * 9);
    const server = spawn(process.execPath, ['scripts/serve-web.mjs'], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await new Promise((resolve) => server.stdout.once('data', resolve));
      const response = await fetch(`http://127.0.0.1:${port}/`);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    } finally {
      server.kill();
    }
  });
});
