import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './safe-return-path';

describe('safeReturnPath', () => {
  it('keeps same-site paths with their query', () => {
    expect(safeReturnPath('/project/key_pairs?x=1')).toBe('/project/key_pairs?x=1');
  });
  it.each([
    '//evil.example',
    '/\\evil.example',
    'evil.example',
    'javascript:alert(1)',
    '/login',
    '/api/os/x',
    '',
  ])('refuses %s', (value) => {
    expect(safeReturnPath(value)).toBe('/');
  });
  it('drops the origin of an absolute URL', () => {
    expect(safeReturnPath('https://evil.example/project')).toBe('/project');
  });
});
