import { describe, expect, it } from 'vitest';
import { validateForm } from '@/lib/forms/validate';
import { launchInput, templateSourceInput } from './stack-inputs';
import {
  awaitingParameters,
  PARAMETERS_PENDING,
  urlKey,
  urlSourceOf,
  withUrlRefusal,
} from './url-source';

const URL_VALUES = {
  template_source: 'url',
  template_url: ' https://example.org/t.yaml ',
  environment_data: 'parameters: {a: 1}\n',
};

describe('urlSourceOf', () => {
  it('gives the trimmed URL and the environment text for a URL source', () => {
    expect(urlSourceOf(URL_VALUES)).toEqual({
      url: 'https://example.org/t.yaml',
      environment: 'parameters: {a: 1}\n',
    });
  });
  it('gives nothing for another source or a URL Heat cannot fetch', () => {
    expect(urlSourceOf({ ...URL_VALUES, template_source: 'raw' })).toBeNull();
    expect(urlSourceOf({ ...URL_VALUES, template_url: 'ftp://example.org/t.yaml' })).toBeNull();
    expect(urlSourceOf({ ...URL_VALUES, template_url: '' })).toBeNull();
  });
  it('keys the answer by URL and environment', () => {
    const a = urlKey({ url: 'https://x/t.yaml', environment: '' });
    expect(urlKey({ url: 'https://x/t.yaml', environment: '' })).toBe(a);
    expect(urlKey({ url: 'https://x/t.yaml', environment: 'parameters: {}' })).not.toBe(a);
    expect(urlKey({ url: 'https://x/u.yaml', environment: '' })).not.toBe(a);
  });
});

describe('withUrlRefusal', () => {
  it('puts Heat’s refusal at the Template URL field', () => {
    const message = 'Could not retrieve template: Failed to retrieve template: 404 Not Found';
    const r = validateForm(
      withUrlRefusal(templateSourceInput, { state: 'refused', message }),
      URL_VALUES,
    );
    expect(r.ok).toBe(false);
    expect(r.errors.template_url).toBe(message);
  });
  it('leaves step 1 valid while Heat reads or once it has read', () => {
    for (const reading of [
      undefined,
      { state: 'pending' as const },
      { state: 'ok' as const, sections: [], parameters: [] },
    ])
      expect(validateForm(withUrlRefusal(templateSourceInput, reading), URL_VALUES).ok).toBe(true);
  });
});

describe('awaitingParameters', () => {
  const settings = { stack_name: 'web', timeout_mins: '60', rollback: false };
  it('keeps step 2 from launching until Heat has answered the parameters', () => {
    const pending = validateForm(awaitingParameters(launchInput([]), undefined), settings);
    expect(pending.ok).toBe(false);
    expect(pending.errors[PARAMETERS_PENDING]).toMatch(/not read the template/);
    const refused = validateForm(
      awaitingParameters(launchInput([]), { state: 'refused', message: 'Nope' }),
      settings,
    );
    expect(refused.errors[PARAMETERS_PENDING]).toBe('Nope');
  });
  it('is the launch schema itself once Heat has answered', () => {
    const ok = validateForm(
      awaitingParameters(launchInput([]), { state: 'ok', sections: [], parameters: [] }),
      settings,
    );
    expect(ok).toMatchObject({ ok: true, data: { stack_name: 'web', parameters: {} } });
  });
});
