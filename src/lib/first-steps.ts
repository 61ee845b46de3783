import type { Lang } from '../i18n/languages';
import type { FirstSteps } from '../schemas/first-steps';
import type { Source } from '../schemas/source';
import { formatCitation } from './citations/format';
import { renderInline, type InlineSource } from './inline-markdown';
import { prefixBase } from './paths';

/** The "What to do now" block, ready to render: texts as HTML, links with the base path. */
export interface FirstStepsView {
  title: string;
  deadline: { label: string; href: string; html: string };
  steps: Array<{ lead: string; href: string; html: string }>;
}

/** The notice above a section, ready to render. */
export interface NoticeView {
  label: string;
  html: string;
}

/** Sources by key, as inline texts cite them. */
export function inlineSources(sources: ReadonlyArray<Source & { key: string }>): Map<string, InlineSource> {
  return new Map(sources.map((source) => [source.key, { url: source.url, label: formatCitation(source) }]));
}

/** Renders the block; its markers are numbered in reading order across the deadline and the steps. */
export function firstStepsView(data: FirstSteps, sources: ReadonlyMap<string, InlineSource>, base: string, lang: Lang = 'en'): FirstStepsView {
  const options = { base, lang, sources, numbers: new Map<string, number>() };
  return {
    title: data.title,
    deadline: {
      label: data.deadline.label,
      href: prefixBase(data.deadline.href, base),
      html: renderInline(data.deadline.text, options),
    },
    steps: data.steps.map((step) => ({ lead: step.lead, href: prefixBase(step.href, base), html: renderInline(step.text, options) })),
  };
}

/**
 * The notice: the short form where the block already gives the deadline, else the
 * full form, which names the deadline with its warnings.
 */
export function noticeView(data: FirstSteps, sources: ReadonlyMap<string, InlineSource>, base: string, form: 'full' | 'short', lang: Lang = 'en'): NoticeView {
  return { label: data.notice.label, html: renderInline(data.notice[form], { base, lang, sources, numbers: new Map() }) };
}
