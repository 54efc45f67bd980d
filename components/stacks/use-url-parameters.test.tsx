// @vitest-environment jsdom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Api } from '@/lib/openstack/api';
import type { TemplateValidation } from '@/lib/openstack/orchestration/heat-schemas';
import { useUrlParameters } from './use-url-parameters';

const VALUES = { template_source: 'url', template_url: 'http://t/a.yaml', environment_data: '' };
const SOURCE = { url: 'http://t/a.yaml', environment: '' };
const ANSWER: TemplateValidation = {
  Description: 'A',
  Parameters: { size: { Type: 'Number', Default: 2, Label: 'size', NoEcho: 'false' } },
};

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function setup(validateTemplate: (input: unknown) => Promise<TemplateValidation>) {
  const spy = vi.fn(validateTemplate);
  const api = { orchestration: { validateTemplate: spy } } as unknown as Api;
  const hook = renderHook(() => useUrlParameters(api));
  return { spy, hook };
}

afterEach(cleanup);

describe('useUrlParameters', () => {
  it('is pending while Heat reads, then holds the parameters; asks once', async () => {
    const answer = deferred<TemplateValidation>();
    const { spy, hook } = setup(() => answer.promise);
    expect(hook.result.current.readingOf(VALUES)).toBeUndefined();
    act(() => hook.result.current.ensure(SOURCE));
    act(() => hook.result.current.ensure(SOURCE));
    expect(hook.result.current.readingOf(VALUES)).toEqual({ state: 'pending' });
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy).toHaveBeenCalledWith({ templateUrl: 'http://t/a.yaml' });
    await act(async () => answer.resolve(ANSWER));
    const reading = hook.result.current.readingOf(VALUES);
    expect(reading?.state).toBe('ok');
    if (reading?.state === 'ok') expect(reading.parameters[0]).toMatchObject({ default: '2' });
    act(() => hook.result.current.ensure(SOURCE));
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('keeps Heat’s refusal, and asks again when asked to ensure later', async () => {
    const { spy, hook } = setup(async () => {
      throw new Error('Could not retrieve template: Failed to retrieve template: 404 Not Found');
    });
    act(() => hook.result.current.ensure(SOURCE));
    await waitFor(() =>
      expect(hook.result.current.readingOf(VALUES)).toEqual({
        state: 'refused',
        message: 'Could not retrieve template: Failed to retrieve template: 404 Not Found',
      }),
    );
    act(() => hook.result.current.ensure(SOURCE));
    expect(spy).toHaveBeenCalledTimes(2);
  });

  it('sends the environment, and keys the answer by it', async () => {
    const { spy, hook } = setup(async () => ANSWER);
    await act(() =>
      hook.result.current.validate({ url: 'http://t/a.yaml', environment: 'parameters: {}' }),
    );
    expect(spy).toHaveBeenCalledWith({
      templateUrl: 'http://t/a.yaml',
      environment: 'parameters: {}',
    });
    expect(
      hook.result.current.readingOf({ ...VALUES, environment_data: 'parameters: {}' })?.state,
    ).toBe('ok');
    expect(hook.result.current.readingOf(VALUES)).toBeUndefined();
  });

  it('drops an older answer that arrives after a newer question', async () => {
    const first = deferred<TemplateValidation>();
    const second = deferred<TemplateValidation>();
    const answers = [first.promise, second.promise];
    const { hook } = setup(() => answers.shift()!);
    let a!: Promise<unknown>;
    let b!: Promise<unknown>;
    act(() => {
      a = hook.result.current.validate(SOURCE).catch(() => undefined);
    });
    act(() => {
      b = hook.result.current.validate(SOURCE);
    });
    await act(async () => {
      second.resolve(ANSWER);
      await b;
    });
    await act(async () => {
      first.reject(new Error('late'));
      await a;
    });
    expect(hook.result.current.readingOf(VALUES)?.state).toBe('ok');
  });
});
