import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatSecondsLeft,
  progressFigures,
  uploadErrorMessage,
} from './upload-with-progress';

describe('progressFigures', () => {
  it('gives percent, rate and time left from bytes sent and time taken', () => {
    const p = progressFigures(2 * 1024 * 1024, 8 * 1024 * 1024, 2000);
    expect(p.percent).toBe(25);
    expect(p.rate).toBe(1024 * 1024);
    expect(p.secondsLeft).toBe(6);
  });

  it('knows no rate or time left before time has passed, and never passes 100%', () => {
    expect(progressFigures(0, 100, 0)).toMatchObject({
      percent: 0,
      rate: 0,
      secondsLeft: undefined,
    });
    expect(progressFigures(150, 100, 10).percent).toBe(100);
    expect(progressFigures(5, 0, 10).percent).toBe(0);
  });
});

describe('uploadErrorMessage', () => {
  it("shows the proxy's message (the cloud's words) when the answer carries one", () => {
    const body = JSON.stringify({
      error: { code: 413, message: 'Image exceeds the storage quota' },
    });
    expect(uploadErrorMessage(413, body)).toBe('Image exceeds the storage quota');
  });

  it('falls back to the text, then to the status', () => {
    expect(uploadErrorMessage(400, 'Bad data')).toBe('Bad data');
    expect(uploadErrorMessage(502, '')).toBe('The upload failed (HTTP 502).');
  });
});

describe('formatting', () => {
  it('writes sizes and times a user reads', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(3.5 * 1024 * 1024)).toBe('3.5 MB');
    expect(formatSecondsLeft(undefined)).toBe('—');
    expect(formatSecondsLeft(4.2)).toBe('5 s');
    expect(formatSecondsLeft(185)).toBe('3 min 5 s');
  });
});
