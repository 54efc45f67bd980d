import type { ReactNode } from 'react';

type Tone = 'error' | 'info' | 'warning' | 'success';

const TONES: Record<Tone, string> = {
  error: 'border-bad-fg/30 bg-bad-bg text-bad-fg',
  info: 'border-info-fg/30 bg-info-bg text-info-fg',
  warning: 'border-warn-fg/30 bg-warn-bg text-warn-fg',
  success: 'border-ok-fg/30 bg-ok-bg text-ok-fg',
};

export function Alert({
  tone,
  title,
  children,
}: {
  tone: Tone;
  title?: string;
  children?: ReactNode;
}) {
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      data-tone={tone}
      className={`rounded border px-3 py-2 text-sm ${TONES[tone]}`}
    >
      {title && <p className="font-semibold">{title}</p>}
      {children && <div className="break-words">{children}</div>}
    </div>
  );
}
