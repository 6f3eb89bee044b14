import { describe, expect, it } from 'vitest';
import type { AppRoute } from '../../../shared/bridge/host-api';
import { CONTENT_SECURITY_POLICY, securityHeaders } from '../../../electron/main/csp';
import { buildMenuTemplate } from '../../../electron/main/menu-template';

function directives(csp: string): Map<string, string[]> {
  return new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name ?? '', values]));
}

describe('Content-Security-Policy', () => {
  const d = directives(CONTENT_SECURITY_POLICY);
  it('is strict: no inline or eval anywhere, nothing from the network', () => {
    // The one exception: compiling the app's own WebAssembly (qpdf and the OCR core), which is no eval of strings.
    expect(CONTENT_SECURITY_POLICY.replace(" 'wasm-unsafe-eval'", '')).not.toMatch(/unsafe-|https?:|\*|wss?:/);
    expect(d.get('default-src')).toEqual(["'self'"]);
    expect(d.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(d.get('style-src')).toEqual(["'self'"]);
    expect(d.get('connect-src')).toEqual(["'self'"]);
    expect(d.get('img-src')).toEqual(["'self'", 'blob:', 'data:']);
    expect(d.get('worker-src')).toEqual(["'self'", 'blob:']);
    expect(d.get('frame-src')).toEqual(["'none'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'none'"]);
    expect(d.get('frame-ancestors')).toEqual(["'none'"]);
    expect(d.get('form-action')).toEqual(["'none'"]);
  });
  it('is sent with every response, with nosniff', () => {
    expect(securityHeaders('text/html; charset=utf-8')).toMatchObject({
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    });
  });
});

describe('native menu', () => {
  const calls: string[] = [];
  const actions = {
    navigate: (route: AppRoute) => calls.push(`navigate:${route}`),
    openDataFolder: () => calls.push('openDataFolder'),
    showAbout: () => calls.push('about'),
  };
  type Item = { label?: string; role?: string; submenu?: Item[]; click?: () => void };
  const find = (items: Item[], label: string): Item | undefined => {
    for (const item of items) {
      if (item.label === label) return item;
      const inner = item.submenu ? find(item.submenu, label) : undefined;
      if (inner) return inner;
    }
    return undefined;
  };

  it('is Dutch with Bestand, Bewerken, Beeld and Help', () => {
    const template = buildMenuTemplate(actions, 'win32', true) as Item[];
    expect(template.map((m) => m.label)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Help']);
    const labels = JSON.stringify(template);
    for (const label of ['Back-up maken…', 'Open gegevensmap', 'Afsluiten', 'Ongedaan maken', 'Kopiëren', 'Plakken', 'Herladen', 'Volledig scherm', 'Inzoomen', 'Over Kwaliteitsmap']) {
      expect(labels).toContain(label);
    }
    expect(labels).not.toContain('Ontwikkelhulpmiddelen');
  });

  it('gives every standard role a Dutch label', () => {
    const template = buildMenuTemplate(actions, 'linux', false) as Item[];
    const walk = (items: Item[]): Item[] => items.flatMap((i) => [i, ...(i.submenu ? walk(i.submenu) : [])]);
    for (const item of walk(template)) if (item.role && item.role !== 'help') expect(item.label, item.role).toBeTruthy();
  });

  it('routes the UI items through navigate and the others to their actions', () => {
    const template = buildMenuTemplate(actions, 'win32', true) as Item[];
    find(template, 'Back-up maken…')?.click?.();
    find(template, 'Open gegevensmap')?.click?.();
    find(template, 'Over Kwaliteitsmap')?.click?.();
    expect(calls).toEqual(['navigate:instellingen', 'openDataFolder', 'about']);
  });

  it('has an application menu first on macOS', () => {
    const template = buildMenuTemplate(actions, 'darwin', true) as Item[];
    expect(template.map((m) => m.label)).toEqual(['Kwaliteitsmap', 'Bestand', 'Bewerken', 'Beeld', 'Help']);
  });
});
