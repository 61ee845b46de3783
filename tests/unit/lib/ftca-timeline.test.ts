import { describe, expect, test } from 'vitest';
import { missingClockWarnings } from '../../../src/lib/deadlines';
import { describeTimeline, FTCA_TIMELINE, layoutTimeline, wrapWords } from '../../../src/lib/ftca-timeline';
import { READING_GRADE, gradeLevel } from '../../../src/lib/readability';

describe('wrapWords', () => {
  test.each([
    ['Within 6 months of the mailing', 12, ['Within 6', 'months of', 'the mailing']],
    ['short', 10, ['short']],
    ['a verylongword b', 5, ['a', 'verylongword', 'b']],
    ['', 10, []],
  ])('%s at %i', (text, max, lines) => expect(wrapWords(text, max)).toEqual(lines));
});

describe('the FTCA timeline', () => {
  const layout = layoutTimeline(FTCA_TIMELINE);
  test('has the clock in order: 2 years, the agency’s 6 months, a denial, 6 months to sue', () => {
    expect(FTCA_TIMELINE.gaps).toHaveLength(FTCA_TIMELINE.events.length - 1);
    expect(FTCA_TIMELINE.gaps.join(' | ')).toMatch(/2 years.*6 months.*6 months of the mailing/);
    expect(FTCA_TIMELINE.events.join(' | ')).toMatch(/claim reaches the agency.*mails a denial.*sue/);
  });
  test('its words carry both warnings, and read plainly', () => {
    const words = describeTimeline(FTCA_TIMELINE);
    expect(missingClockWarnings(words)).toEqual([]);
    expect(gradeLevel(words)).toBeLessThanOrEqual(READING_GRADE.entryPoint);
  });
  test('lays out top to bottom without overlaps, inside the canvas', () => {
    const tops = layout.events.map((event) => event.cy);
    expect([...tops].sort((a, b) => a - b)).toEqual(tops);
    layout.gaps.forEach((gap, i) => {
      expect(gap.y1).toBeGreaterThan(layout.events[i]?.cy ?? Infinity);
      expect(gap.y2).toBeLessThan(layout.events[i + 1]?.cy ?? -Infinity);
    });
    const lastWarning = layout.warnings.at(-1);
    expect(lastWarning && lastWarning.y + lastWarning.height).toBeLessThanOrEqual(layout.height);
    expect(layout.warnings[0]?.y).toBeGreaterThan(tops.at(-1) ?? Infinity);
  });
  test('no line is longer than fits the canvas', () => {
    const all = [layout.title, ...layout.events.flatMap((e) => [e.label, ...(e.note ? [e.note] : [])]), ...layout.gaps.map((g) => g.label), ...layout.warnings.map((w) => w.text)];
    for (const block of all) for (const line of block.lines) expect(line.length, line).toBeLessThanOrEqual(38);
  });
  test('describes every event, gap and warning in order', () => {
    const words = describeTimeline(FTCA_TIMELINE);
    let at = 0;
    for (const part of [FTCA_TIMELINE.events[0], FTCA_TIMELINE.gaps[0], FTCA_TIMELINE.events[1], FTCA_TIMELINE.gaps[2], FTCA_TIMELINE.events[3], ...FTCA_TIMELINE.warnings]) {
      const found = words.indexOf(part ?? '', at);
      expect(found, part).toBeGreaterThanOrEqual(at);
      at = found;
    }
  });
});
