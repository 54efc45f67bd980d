import { describe, expect, it } from 'vitest';
import { formText } from './text';

describe('formText', () => {
  it('trims, and gives the fallback for empty or missing values', () => {
    expect(formText({ name: '  web  ' }, 'name', '<name>')).toBe('web');
    expect(formText({ name: '   ' }, 'name', '<name>')).toBe('<name>');
    expect(formText({}, 'name', '<name>')).toBe('<name>');
    expect(formText(undefined, 'name')).toBe('');
  });

  it('keeps a raw value as typed', () => {
    expect(formText({ user_data: '  #!/bin/sh\n' }, 'user_data', '', { raw: true })).toBe(
      '  #!/bin/sh\n',
    );
    expect(formText({ flag: true }, 'flag', 'x', { raw: true })).toBe('x');
  });
});
