import { describe, expect, it } from 'vitest';
import { containerNameProblem, objectNameProblem } from './swift-names';

describe('names Swift (or the proxy) would refuse', () => {
  it.each([
    ['', 'Enter a container name.'],
    ['   ', 'Enter a container name.'],
    ['a/b', 'A container name cannot contain "/".'],
    ['x'.repeat(10_000), 'A container name can be at most 256 bytes long.'],
    ['é'.repeat(129), 'A container name can be at most 256 bytes long.'],
    ['..', 'A container name cannot be "." or "..".'],
    ['a\nb', 'A container name cannot contain control characters.'],
  ])('container %j', (name, problem) => {
    expect(containerNameProblem(name)).toBe(problem);
  });

  it('accepts spaces, unicode, % and HTML as container names', () => {
    for (const name of ['my files', 'données', '100%', '<img src=x onerror=alert(1)>']) {
      expect(containerNameProblem(name)).toBeUndefined();
    }
  });

  it('refuses object names the proxy cannot carry and accepts folders', () => {
    expect(objectNameProblem('')).toBe('Enter an object name.');
    expect(objectNameProblem('a//b')).toMatch(/cannot contain/);
    expect(objectNameProblem('/a')).toMatch(/cannot contain/);
    expect(objectNameProblem('a/../b')).toMatch(/cannot contain/);
    expect(objectNameProblem('x'.repeat(1025))).toBe(
      'An object name can be at most 1024 bytes long.',
    );
    expect(objectNameProblem('dir/sub/')).toBeUndefined();
    expect(objectNameProblem('dir/a b%é.txt')).toBeUndefined();
  });
});
