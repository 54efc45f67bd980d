import { describe, expect, it } from 'vitest';
import { validateForm } from '@/lib/forms/validate';
import { copyObjectInput, createContainerInput, createFolderInput } from './container-inputs';

describe('container inputs', () => {
  it('refuses container names Swift would refuse, at the name field', () => {
    expect(validateForm(createContainerInput, { name: 'a/b', access: 'private' }).errors.name).toBe(
      'A container name cannot contain "/".',
    );
    expect(validateForm(createContainerInput, { name: '', access: 'private' }).errors.name).toBe(
      'Enter a container name.',
    );
    expect(
      validateForm(createContainerInput, { name: 'x'.repeat(10_000), access: 'public' }).errors
        .name,
    ).toMatch(/at most 256 bytes/);
    // 86 three-byte characters are 258 bytes: over Swift's limit though under 256 characters.
    expect(
      validateForm(createContainerInput, { name: '€'.repeat(86), access: 'public' }).errors.name,
    ).toMatch(/256 bytes/);
    expect(
      validateForm(createContainerInput, { name: '<img src=x onerror=alert(1)>', access: 'public' })
        .ok,
    ).toBe(true);
  });

  it('checks folder and copy names', () => {
    expect(validateForm(createFolderInput, { name: '' }).errors.name).toBe('Enter a folder name.');
    expect(validateForm(createFolderInput, { name: 'a//b' }).ok).toBe(false);
    expect(validateForm(createFolderInput, { name: 'photos/' }).ok).toBe(true);
    expect(validateForm(copyObjectInput, { container: 'c/d', name: 'x' }).errors.container).toBe(
      'A container name cannot contain "/".',
    );
  });
});
