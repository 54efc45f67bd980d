import { describe, expect, it } from 'vitest';
import { isPresenterShortcut, parsePresenter, presenterClass } from './presenter';

const key = (over: Partial<Parameters<typeof isPresenterShortcut>[0]>) => ({
  ctrlKey: true,
  altKey: true,
  shiftKey: false,
  metaKey: false,
  code: 'KeyP',
  ...over,
});

describe('presenter mode', () => {
  it('is on only for the cookie value 1', () => {
    expect(parsePresenter('1')).toBe(true);
    for (const v of [undefined, '0', 'true', '']) expect(parsePresenter(v)).toBe(false);
    expect(presenterClass(true)).toBe('presenter');
    expect(presenterClass(false)).toBe('');
  });

  it('answers Ctrl+Alt+P and nothing near it', () => {
    expect(isPresenterShortcut(key({}))).toBe(true);
    expect(isPresenterShortcut(key({ shiftKey: true }))).toBe(false); // Ctrl+Shift+P: a private window
    expect(isPresenterShortcut(key({ altKey: false }))).toBe(false); // Ctrl+P: print
    expect(isPresenterShortcut(key({ metaKey: true }))).toBe(false);
    expect(isPresenterShortcut(key({ code: 'KeyO' }))).toBe(false);
  });
});
