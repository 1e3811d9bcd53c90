// The kiosk's release check decides from one read of version.json; only a 200 with a valid, different
// version may reload the screen.
import { describe, expect, it } from 'vitest';
import { decideKioskUpdate, parseVersionFile, type VersionCheck } from '../../src/scripts/kiosk-update.ts';

const PLAYING = 'a515157f99a01675';
const NEW = 'cdaf5be7efd2b6a1';
const ok = (body: string, contentType = 'application/json', status = 200): VersionCheck => ({ ok: true, status, contentType, body });
const file = (version: string) => JSON.stringify({ site: 'lifeline', version });

describe('the kiosk release check', () => {
  it('updates only for a 200 carrying a valid version different from the one playing', () => {
    expect(decideKioskUpdate(PLAYING, ok(file(NEW)))).toEqual({ action: 'update', version: NEW });
    expect(decideKioskUpdate(PLAYING, ok(file(PLAYING)))).toEqual({ action: 'keep', reason: 'no new release' });
  });

  it('learns the version being played from the first good answer, without reloading', () => {
    expect(decideKioskUpdate(undefined, ok(file(NEW)))).toEqual({ action: 'remember', version: NEW });
  });

  it('keeps playing on a server error, a missing file, a captive portal, a broken file or no network', () => {
    const faults: VersionCheck[] = [
      ok(file(NEW), 'application/json', 503),
      ok('', 'text/html', 404),
      ok(`<html><body>请先登录 WiFi ${file(NEW)}</body></html>`, 'text/html; charset=utf-8'),
      ok('{"site":"lifeline","vers'),
      ok(JSON.stringify({ site: 'other', version: NEW })),
      ok(JSON.stringify({ site: 'lifeline', version: '../../evil' })),
      ok(JSON.stringify({ site: 'lifeline', version: 42 })),
      ok('null'),
      { ok: false, reason: 'timeout' },
      { ok: false, reason: 'no network' },
    ];
    for (const fault of faults) {
      expect(decideKioskUpdate(PLAYING, fault).action, JSON.stringify(fault)).toBe('keep');
      expect(decideKioskUpdate(undefined, fault).action, JSON.stringify(fault)).toBe('keep');
    }
  });

  it('reads only well-formed version files', () => {
    expect(parseVersionFile(file(NEW))).toBe(NEW);
    expect(parseVersionFile('{"site":"lifeline","version":"XYZ"}')).toBeUndefined();
    expect(parseVersionFile('not json')).toBeUndefined();
  });
});
