import type { Lang } from '../i18n/languages';
import { ui } from '../i18n/ui';
/**
 * The FTCA claim clock as a picture: what happens, in order, with the time
 * allowed between each step, and the two warnings that must travel with the
 * clock (src/lib/deadlines.ts). The diagram is drawn from this data as inline
 * SVG; its words are also its accessible description. The facts are those of
 * the cited list "In order, the steps are" on /sections/filing-an-ftca-claim/
 * (28 U.S.C. §§ 2401(b), 2675(a); 28 C.F.R. § 14.2), which is its text equivalent,
 * and of the warnings cited there and in the "What to do now" block.
 */
export interface Timeline {
  /** The diagram's accessible name and visible title. */
  title: string;
  /** Events in order. */
  events: string[];
  /** The time allowed between event i and event i + 1 (one fewer than events). */
  gaps: string[];
  /** A note under an event, by its index. */
  notes: Record<number, string>;
  warnings: string[];
  /** The id of the heading over the numbered steps the diagram pictures. */
  stepsHeading: string;
}

/** The timeline in a language: the same steps, with the words from the page-chrome dictionary. */
export function ftcaTimeline(lang: Lang): Timeline {
  const words = ui(lang).timeline;
  return { ...FTCA_TIMELINE, title: words.title, events: [...words.events], gaps: [...words.gaps], notes: { 2: words.note }, warnings: [...words.warnings] };
}

export const FTCA_TIMELINE: Timeline = {
  title: 'The clock for a claim against the U.S. government',
  events: ['The harm happens', 'Your written claim reaches the agency', 'The agency mails a denial', 'You sue in federal court'],
  gaps: ['Within 2 years', 'The agency has 6 months to decide', 'Within 6 months of the mailing'],
  notes: { 2: 'No decision after 6 months? You may treat that as a denial and sue.' },
  warnings: [
    'Other claims, like a suit against the officer, can have shorter deadlines. Under federal law, this claim does not pause them.',
    'The 6 months to sue start on the day the denial is mailed, not the day it arrives.',
  ],
  stepsHeading: 'two-years-is-the-deadline-for-the-claim-not-for-the-lawsuit',
};

/** Greedy word wrap to at most `max` characters a line (a longer word stands alone). */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= max) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** A block of text lines placed at (x, y): y is the first line's baseline. */
export interface TextBlock {
  x: number;
  y: number;
  lines: string[];
}

export interface TimelineLayout {
  width: number;
  height: number;
  lineHeight: number;
  /** x of the vertical line the events sit on. */
  spine: number;
  title: TextBlock;
  /** A dot on the spine and its label. */
  events: Array<{ cy: number; label: TextBlock; note?: TextBlock }>;
  /** A stretch of the spine, ending in an arrow, with the time allowed beside it. */
  gaps: Array<{ y1: number; y2: number; label: TextBlock }>;
  /** A boxed warning under the spine. */
  warnings: Array<{ y: number; height: number; text: TextBlock }>;
}

/**
 * Places everything on a narrow, vertical canvas (it reads on a phone and scales
 * up on wider screens): a spine on the left with a dot per event, the time allowed
 * along each stretch, then the warnings in boxes. Units are SVG user units; at
 * the default size one unit is about one CSS pixel on a phone. `chars` is the
 * longest bold line in characters, set for wide system fonts (DejaVu Sans) so no
 * line runs past the edge; plain lines get a few more.
 */
export function layoutTimeline(data: Timeline, { width = 320, fontSize = 15, chars = 32 } = {}): TimelineLayout {
  const lineHeight = Math.round(fontSize * 1.35);
  const spine = 12;
  const textX = 30;
  let y = fontSize;
  const title: TextBlock = { x: 0, y, lines: wrapWords(data.title, chars + 6) };
  y += title.lines.length * lineHeight + 10;
  const events: TimelineLayout['events'] = [];
  const gaps: TimelineLayout['gaps'] = [];
  data.events.forEach((event, i) => {
    const label: TextBlock = { x: textX, y: y + fontSize * 0.35, lines: wrapWords(event, chars) };
    const cy = y;
    y += label.lines.length * lineHeight;
    const noteText = data.notes[i];
    if (noteText === undefined) events.push({ cy, label });
    else {
      const note: TextBlock = { x: textX, y: y + fontSize * 0.35, lines: wrapWords(noteText, chars + 4) };
      events.push({ cy, label, note });
      y += note.lines.length * lineHeight;
    }
    const gap = data.gaps[i];
    if (gap !== undefined && i < data.events.length - 1) {
      const lines = wrapWords(gap, chars);
      const y1 = y - lineHeight / 2 + 4;
      const y2 = y1 + Math.max(2, lines.length + 1) * lineHeight;
      gaps.push({ y1, y2, label: { x: textX, y: y1 + lineHeight, lines } });
      y = y2 + lineHeight / 2 + 4;
    }
  });
  y += 4;
  const warnings: TimelineLayout['warnings'] = data.warnings.map((warning) => {
    const lines = wrapWords(warning, chars + 5);
    const height = lines.length * lineHeight + 12;
    const block = { y, height, text: { x: 12, y: y + 6 + fontSize, lines } };
    y += height + 8;
    return block;
  });
  return { width, height: Math.ceil(y), lineHeight, spine, title, events, gaps, warnings };
}

/** The diagram in one paragraph, for its accessible description. */
export function describeTimeline(data: Timeline, warningsLabel = 'Warnings:'): string {
  const steps = data.events.map((event, i) => {
    const gap = data.gaps[i];
    const note = data.notes[i];
    return `${i + 1}. ${event}.${note ? ` ${note}` : ''}${gap ? ` ${gap}:` : ''}`;
  });
  return `${steps.join(' ')} ${warningsLabel} ${data.warnings.join(' ')}`;
}
