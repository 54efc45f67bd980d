import { describe, expect, it } from 'vitest';
import { hotName, py, sh, yaml } from './quote';

describe('equivalents quoting', () => {
  it('leaves simple shell words bare and quotes the rest', () => {
    expect(sh('my-key')).toBe('my-key');
    expect(sh('my key')).toBe("'my key'");
    expect(sh("it's")).toBe(`'it'"'"'s'`);
    expect(sh('')).toBe("''");
    expect(sh('$(rm -rf /)')).toBe("'$(rm -rf /)'");
  });
  it('makes Python string literals', () => {
    expect(py('a"b')).toBe('"a\\"b"');
  });
  it('quotes YAML scalars that would change meaning', () => {
    expect(yaml('web key')).toBe('web key');
    expect(yaml('yes')).toBe('"yes"');
    expect(yaml('1.5')).toBe('"1.5"');
    expect(yaml('a: b')).toBe('"a: b"');
  });
  it('derives HOT resource names', () => {
    expect(hotName('my key-1', 'keypair')).toBe('my_key_1');
    expect(hotName('', 'keypair')).toBe('keypair');
  });
});
