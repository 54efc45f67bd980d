import { describe, expect, it } from 'vitest';
import { changePasswordInput, createUserInput } from './user-inputs';

const valid = {
  name: 'ada',
  email: '',
  description: '',
  password: 'pw',
  confirm_password: 'pw',
  project: '',
  role: '',
  enabled: true,
};

describe('user inputs', () => {
  it('refuses a confirmation that differs, at the confirmation field', () => {
    const result = createUserInput.safeParse({ ...valid, confirm_password: 'px' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      path: ['confirm_password'],
      message: 'Passwords do not match.',
    });
    expect(changePasswordInput.safeParse({ password: 'a', confirm_password: 'a' }).success).toBe(
      true,
    );
  });

  it('needs a name and a plausible email when one is given', () => {
    expect(createUserInput.safeParse({ ...valid, name: '  ' }).success).toBe(false);
    expect(createUserInput.safeParse({ ...valid, email: 'nope' }).success).toBe(false);
    expect(createUserInput.safeParse({ ...valid, email: 'a@b.c' }).success).toBe(true);
  });
});
