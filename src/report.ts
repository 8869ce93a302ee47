/**
 * The "report a problem" link shown next to every claim: a mailto: link pre-filled with the page,
 * the claim and its source ids, or a tracker URL when the deployment sets REPORT_ISSUE_URL.
 * A reader who spots a wrong fact should need one click, and the maintainer should get enough
 * to find the claim in the data without asking back.
 */
import { pick, type Locale, type Localized } from './vocab.ts';

export type ReportConfig = {
  /** Issue tracker "new issue" URL (e.g. https://github.com/o/r/issues/new); wins over email. */
  trackerUrl: string | null;
  /** Recipient of the mailto: link; empty lets the reader's mail client ask for one. */
  email: string;
};

/** Read the report settings from the environment at build time (REPORT_ISSUE_URL, REPORT_EMAIL). */
export function reportConfig(env: Record<string, string | undefined> = typeof process === 'undefined' ? {} : process.env): ReportConfig {
  const tracker = env.REPORT_ISSUE_URL?.trim();
  let trackerUrl: string | null = null;
  if (tracker) {
    try {
      const url = new URL(tracker);
      if (url.protocol === 'https:' || url.protocol === 'http:') trackerUrl = url.href;
    } catch {
      trackerUrl = null; // an unparsable value falls back to mail rather than breaking every page
    }
  }
  return { trackerUrl, email: env.REPORT_EMAIL?.trim() ?? '' };
}

export type ReportInput = {
  locale: Locale;
  /** Absolute URL of the page the claim is on. */
  pageUrl: string;
  /** The claim as the reader saw it, in the page's language. */
  claim: string;
  sourceIds: readonly string[];
  /** Where the claim lives in the data, e.g. "offerings/us-local-individual history[0]". */
  dataPath?: string;
};

const TEXT = {
  subject: { zh: '跨境小店指南 问题反馈：', en: 'Store Modes Guide problem report: ' },
  page: { zh: '页面', en: 'Page' },
  claim: { zh: '内容', en: 'Claim' },
  data: { zh: '数据位置', en: 'Data' },
  sources: { zh: '来源编号', en: 'Source ids' },
  none: { zh: '（无）', en: '(none)' },
  prompt: { zh: '哪里有误？如有更新的来源，请附上链接：', en: 'What is wrong? If you know a newer source, please add its link:' },
} satisfies Record<string, Localized>;

/** Longest claim text kept in the subject line when there is no data path; mail clients cut long subjects anyway. */
export const SUBJECT_CLAIM_CHARS = 60;

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** The subject and body of a report, in the page's language. */
export function reportMessage(input: ReportInput): { subject: string; body: string } {
  const t = (text: Localized) => pick(text, input.locale);
  const colon = input.locale === 'en' ? ': ' : '：';
  const lines = [
    `${t(TEXT.page)}${colon}${input.pageUrl}`,
    `${t(TEXT.claim)}${colon}${input.claim.replace(/\s+/g, ' ').trim()}`,
  ];
  if (input.dataPath) lines.push(`${t(TEXT.data)}${colon}${input.dataPath}`);
  lines.push(`${t(TEXT.sources)}${colon}${input.sourceIds.length ? input.sourceIds.join(', ') : t(TEXT.none)}`);
  lines.push('', t(TEXT.prompt), '');
  // The data path is short and exact; the claim itself is in the body (and costs 9 bytes a character once encoded).
  return { subject: t(TEXT.subject) + (input.dataPath ?? shorten(input.claim, SUBJECT_CLAIM_CHARS)), body: lines.join('\n') };
}

/**
 * The link itself. mailto: uses %20 for spaces and CRLF line breaks (RFC 6068); a tracker URL
 * gets `title` and `body` query parameters, which GitHub, GitLab and Gitea "new issue" forms read.
 */
export function reportLink(input: ReportInput, config: ReportConfig): string {
  const { subject, body } = reportMessage(input);
  if (config.trackerUrl) {
    const url = new URL(config.trackerUrl);
    url.searchParams.set('title', subject);
    url.searchParams.set('body', body);
    return url.href;
  }
  const enc = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
  return `mailto:${encodeURIComponent(config.email).replace(/%40/g, '@')}?subject=${enc(subject)}&body=${enc(body)}`;
}
