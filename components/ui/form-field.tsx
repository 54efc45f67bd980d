'use client';
import { useId, useState, type ChangeEvent } from 'react';
import type { FieldSpec, FieldValue } from '@/lib/forms/types';
import { CodeEditorField } from './code-editor-field';
import { MembersField } from './members-field';

const INPUT =
  'block w-full rounded border border-line-strong bg-surface px-2.5 py-1.5 text-sm text-fg placeholder:text-muted/70 focus:border-accent aria-[invalid=true]:border-bad-fg';

export function FormField({
  field,
  value,
  error,
  onChange,
  onBlur,
}: {
  field: FieldSpec;
  value: FieldValue | undefined;
  error?: string;
  onChange: (value: FieldValue) => void;
  onBlur?: () => void;
}) {
  const id = useId();
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const [fileError, setFileError] = useState<string | null>(null);
  const describedBy =
    [field.help ? helpId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name: field.name,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    'aria-required': field.required || undefined,
    onBlur,
  };
  const text = typeof value === 'string' ? value : '';

  async function loadFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const limit = field.maxFileBytes ?? 64 * 1024;
    if (file.size > limit) {
      setFileError(
        `${file.name} is ${Math.ceil(file.size / 1024)} KB; at most ${Math.floor(limit / 1024)} KB can be loaded.`,
      );
      return;
    }
    setFileError(null);
    onChange(await file.text());
  }

  // "Load … from a file" for file-text fields, with its size refusal, under either editor.
  const fileLoader = (
    <>
      {field.kind === 'file-text' && (
        <label className="inline-flex cursor-pointer items-center gap-2 text-xs text-muted">
          <span className="rounded border border-line-strong bg-surface px-2 py-1 text-fg hover:bg-hover">
            Load {field.label} from a file
          </span>
          <input type="file" accept={field.accept} onChange={loadFile} className="sr-only" />
        </label>
      )}
      {fileError && (
        <p role="alert" className="text-xs text-bad-fg">
          {fileError}
        </p>
      )}
    </>
  );

  if (field.kind === 'checkbox') {
    return (
      <div className="space-y-1">
        <label htmlFor={id} className="flex items-center gap-2 text-sm">
          <input
            {...common}
            type="checkbox"
            checked={value === true}
            onChange={(e) => onChange(e.target.checked)}
            className="size-4 accent-accent"
          />
          {field.label}
        </label>
        <FieldNotes field={field} helpId={helpId} error={error} errorId={errorId} />
      </div>
    );
  }

  if (field.kind === 'members') {
    return (
      <div className="space-y-1">
        <MembersField
          field={field}
          value={value}
          error={error}
          describedBy={describedBy}
          onChange={onChange}
        />
        <FieldNotes field={field} helpId={helpId} error={error} errorId={errorId} />
      </div>
    );
  }

  if (field.kind === 'checkboxes') {
    const chosen = Array.isArray(value) ? value : [];
    return (
      <fieldset className="space-y-1" aria-describedby={describedBy}>
        <legend className="mb-1 text-sm font-medium">{field.label}</legend>
        <div className="flex flex-col gap-1">
          {field.options?.map((option) => (
            <label key={option.value} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name={field.name}
                value={option.value}
                checked={chosen.includes(option.value)}
                disabled={option.disabled}
                onChange={(e) =>
                  onChange(
                    e.target.checked
                      ? [...chosen, option.value]
                      : chosen.filter((v) => v !== option.value),
                  )
                }
                className="size-4 accent-accent"
              />
              {option.label}
            </label>
          ))}
        </div>
        <FieldNotes field={field} helpId={helpId} error={error} errorId={errorId} />
      </fieldset>
    );
  }

  if (field.kind === 'radio') {
    return (
      <fieldset className="space-y-1" aria-describedby={describedBy}>
        <legend className="mb-1 text-sm font-medium">{field.label}</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {field.options?.map((option) => (
            <label key={option.value} className="flex items-center gap-1.5 text-sm">
              <input
                type="radio"
                name={field.name}
                value={option.value}
                checked={text === option.value}
                disabled={option.disabled}
                onChange={() => onChange(option.value)}
                className="accent-accent"
              />
              {option.label}
            </label>
          ))}
        </div>
        <FieldNotes field={field} helpId={helpId} error={error} errorId={errorId} />
      </fieldset>
    );
  }

  if (field.code && (field.kind === 'textarea' || field.kind === 'file-text')) {
    return (
      <div className="space-y-1">
        <CodeEditorField
          label={field.label}
          value={text}
          onChange={onChange}
          problems={field.code.problems}
          help={field.help}
          error={error}
          minLines={field.rows}
        />
        {fileLoader}
      </div>
    );
  }

  return (
    <div className="space-y-1">
      <div className="flex items-baseline gap-0.5">
        <label htmlFor={id} className="text-sm font-medium">
          {field.label}
        </label>
        {/* Outside the label, so the field's name is exactly its label; aria-required says it. */}
        {field.required && (
          <span aria-hidden className="text-bad-fg">
            *
          </span>
        )}
      </div>
      {field.kind === 'select' ? (
        <select
          {...common}
          value={text}
          onChange={(e) => onChange(e.target.value)}
          className={INPUT}
        >
          {field.options?.map((option) => (
            <option key={option.value} value={option.value} disabled={option.disabled}>
              {option.reason ? `${option.label} (${option.reason})` : option.label}
            </option>
          ))}
        </select>
      ) : field.kind === 'textarea' || field.kind === 'file-text' ? (
        <textarea
          {...common}
          value={text}
          rows={field.rows ?? 4}
          placeholder={field.placeholder}
          spellCheck={false}
          onChange={(e) => onChange(e.target.value)}
          className={`${INPUT} ${field.monospace ? 'font-mono text-xs' : ''}`}
        />
      ) : (
        <input
          {...common}
          type={
            field.kind === 'number' ? 'number' : field.kind === 'password' ? 'password' : 'text'
          }
          value={text}
          placeholder={field.placeholder}
          autoComplete={field.autoComplete ?? 'off'}
          onChange={(e) => onChange(e.target.value)}
          className={INPUT}
        />
      )}
      {fileLoader}
      <FieldNotes field={field} helpId={helpId} error={error} errorId={errorId} />
    </div>
  );
}

function FieldNotes({
  field,
  helpId,
  error,
  errorId,
}: {
  field: FieldSpec;
  helpId: string;
  error?: string;
  errorId: string;
}) {
  return (
    <>
      {field.help && (
        <p id={helpId} className="text-xs text-muted">
          {field.help}
        </p>
      )}
      {error && (
        <p id={errorId} className="text-xs font-medium whitespace-pre-line text-bad-fg">
          {error}
        </p>
      )}
    </>
  );
}
