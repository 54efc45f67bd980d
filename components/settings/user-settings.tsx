'use client';
// Settings → User Settings: items per page, time zone and date format, kept in
// this browser's cookies (the server reads the page size for the first page).
import { useRouter } from 'next/navigation';
import { useMemo, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import {
  DATE_FORMATS,
  DATE_PREFS_COOKIE,
  serializeDatePrefs,
  type DateFormat,
  type DatePrefs,
} from '@/lib/format/date-prefs';
import { formatTimestamp } from '@/lib/format/timestamp';
import { PAGE_SIZE_COOKIE, PAGE_SIZES } from '@/lib/page-size';

const ONE_YEAR_S = 365 * 24 * 3600;

function zones(): string[] {
  const all =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return ['UTC', ...all.filter((z) => z !== 'UTC')];
}

function setCookie(name: string, value: string) {
  document.cookie = `${name}=${value}; path=/; max-age=${ONE_YEAR_S}; samesite=lax`;
}

export function UserSettings({ pageSize, prefs }: { pageSize: number; prefs: DatePrefs }) {
  const router = useRouter();
  const [size, setSize] = useState(String(pageSize));
  const [timeZone, setTimeZone] = useState(prefs.timeZone);
  const [format, setFormat] = useState<DateFormat>(prefs.format);
  const [saved, setSaved] = useState(false);
  const zoneOptions = useMemo(() => zones().map((z) => ({ value: z, label: z })), []);
  const sample = formatTimestamp(new Date().toISOString(), { timeZone, format });

  return (
    <form
      noValidate
      className="max-w-md space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        setCookie(PAGE_SIZE_COOKIE, size);
        setCookie(DATE_PREFS_COOKIE, serializeDatePrefs({ timeZone, format }));
        setSaved(true);
        router.refresh();
      }}
    >
      {saved && <Alert tone="success">Settings saved.</Alert>}
      <FormField
        field={{
          name: 'page_size',
          label: 'Items Per Page',
          kind: 'select',
          options: PAGE_SIZES.map((n) => ({ value: String(n), label: String(n) })),
          help: 'How many rows a table shows before it pages.',
        }}
        value={size}
        onChange={(v) => setSize(String(v))}
      />
      <FormField
        field={{
          name: 'time_zone',
          label: 'Timezone',
          kind: 'select',
          options: zoneOptions,
          help: 'Dates and times in the tables are shown in this zone.',
        }}
        value={timeZone}
        onChange={(v) => setTimeZone(String(v))}
      />
      <FormField
        field={{
          name: 'date_format',
          label: 'Date Format',
          kind: 'select',
          options: DATE_FORMATS.map((f) => ({ value: f.value, label: f.label })),
          help: `Now: ${sample}`,
        }}
        value={format}
        onChange={(v) => setFormat(String(v) as DateFormat)}
      />
      <Button type="submit" variant="primary">
        Save
      </Button>
    </form>
  );
}
