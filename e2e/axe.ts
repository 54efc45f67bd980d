// The accessibility check the sweep runs: axe with the WCAG 2.1 A/AA rules,
// failing on serious or critical violations with what and where in the message.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export async function expectAccessible(page: Page, where: string) {
  // Colours are judged where they end, not half way. Finite transitions and animations
  // (an overlay fading in) finish first (a spinner's runs for ever, so it is left out),
  // and none may start while axe reads the page: a poll that lands mid-check (a
  // walkthrough's Next turning primary) would show axe a colour between two states.
  const noTransitions = await page.addStyleTag({
    content: '*, *::before, *::after { transition: none !important; }',
  });
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  const { violations } = await new AxeBuilder({ page })
    .withTags(TAGS)
    // Only our page: an instance console inside a frame is the cloud's own page
    // (noVNC on a real cloud), and a live console can keep axe waiting in its frame.
    .options({ iframes: false })
    .analyze()
    .finally(() =>
      noTransitions.evaluate((style) => (style as Element).remove()).catch(() => undefined),
    );
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious
    .map(
      (v) =>
        `- ${v.id} (${v.impact}): ${v.help}\n    ${v.nodes
          .map((n) => n.target.join(' '))
          .join('\n    ')}`,
    )
    .join('\n');
  expect(serious, `${where}: axe found\n${report}`).toEqual([]);
}
