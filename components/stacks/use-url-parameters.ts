'use client';
// Heat's answers for templates given by URL, kept per URL and environment for
// the life of the wizard: the Validate button and entering the Launch Stack
// step ask (the wizard has no asynchronous step entry, so the step asks when
// it is shown), the steps' schemas and the generated form read them.
import { useCallback, useRef, useState } from 'react';
import type { FormValues } from '@/lib/forms/types';
import type { Api } from '@/lib/openstack/api';
import type { TemplateValidation } from '@/lib/openstack/orchestration/heat-schemas';
import { parametersFromValidation } from '@/lib/orchestration-template/validation';
import { urlKey, urlSourceOf, type UrlReading, type UrlSource } from './url-source';

export interface UrlParameters {
  /** Heat's answer for the values' URL, or undefined when not asked (or not a URL source). */
  readingOf: (values: FormValues) => UrlReading | undefined;
  /** Asks Heat now (the Validate button); the answer is kept and also returned. */
  validate: (source: UrlSource) => Promise<TemplateValidation>;
  /** Asks Heat unless it has read this URL or is reading it (entering the step). */
  ensure: (source: UrlSource) => void;
}

export function useUrlParameters(api: Api): UrlParameters {
  const [readings, setReadings] = useState<Record<string, UrlReading>>({});
  // The latest question per key: an older answer arriving late is dropped.
  const asked = useRef(new Map<string, number>());
  const known = useRef(new Map<string, UrlReading['state']>());

  const store = useCallback((key: string, reading: UrlReading) => {
    known.current.set(key, reading.state);
    setReadings((r) => ({ ...r, [key]: reading }));
  }, []);

  const validate = useCallback(
    async (source: UrlSource) => {
      const key = urlKey(source);
      const question = (asked.current.get(key) ?? 0) + 1;
      asked.current.set(key, question);
      store(key, { state: 'pending' });
      const latest = () => asked.current.get(key) === question;
      try {
        const answer = await api.orchestration.validateTemplate({
          templateUrl: source.url,
          ...(source.environment.trim() ? { environment: source.environment } : {}),
        });
        if (latest()) store(key, { state: 'ok', ...parametersFromValidation(answer) });
        return answer;
      } catch (e) {
        if (latest())
          store(key, { state: 'refused', message: e instanceof Error ? e.message : String(e) });
        throw e;
      }
    },
    [api, store],
  );

  const ensure = useCallback(
    (source: UrlSource) => {
      const state = known.current.get(urlKey(source));
      if (state === 'ok' || state === 'pending') return;
      validate(source).catch(() => {
        // Kept as the key's refusal, which the steps show.
      });
    },
    [validate],
  );

  const readingOf = useCallback(
    (values: FormValues) => {
      const source = urlSourceOf(values);
      return source ? readings[urlKey(source)] : undefined;
    },
    [readings],
  );

  return { readingOf, validate, ensure };
}
