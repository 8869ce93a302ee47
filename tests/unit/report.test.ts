import { describe, expect, it } from 'vitest';
import { reportConfig, reportLink, reportMessage, SUBJECT_CLAIM_CHARS } from '../../src/report.ts';

const input = {
  locale: 'zh-CN' as const,
  pageUrl: 'https://example.org/offerings/us-local-individual/',
  claim: '美国本土店个人店：需要 SSN 或 ITIN',
  sourceIds: ['seller-us-individual', 'banmaerp-2024-02-18'],
  dataPath: 'offerings/us-local-individual requirements[1]',
};

describe('reportConfig', () => {
  it('uses mail by default', () => {
    expect(reportConfig({})).toEqual({ trackerUrl: null, email: '' });
  });
  it('takes a tracker URL and an email from the environment', () => {
    expect(reportConfig({ REPORT_ISSUE_URL: 'https://github.com/o/r/issues/new', REPORT_EMAIL: ' a@b.org ' })).toEqual({
      trackerUrl: 'https://github.com/o/r/issues/new',
      email: 'a@b.org',
    });
  });
  it('ignores a tracker value that is not an http(s) URL', () => {
    expect(reportConfig({ REPORT_ISSUE_URL: 'not a url' }).trackerUrl).toBeNull();
    expect(reportConfig({ REPORT_ISSUE_URL: 'javascript:alert(1)' }).trackerUrl).toBeNull();
  });
});

describe('reportMessage', () => {
  it('names the page, the claim, the data path and every source id', () => {
    const { subject, body } = reportMessage(input);
    expect(subject).toContain('offerings/us-local-individual requirements[1]');
    expect(reportMessage({ ...input, dataPath: undefined }).subject).toContain('美国本土店个人店');
    expect(body).toContain(input.pageUrl);
    expect(body).toContain(input.claim);
    expect(body).toContain('offerings/us-local-individual requirements[1]');
    expect(body).toContain('seller-us-individual, banmaerp-2024-02-18');
  });
  it('writes English on English pages and says when there is no source', () => {
    const { body } = reportMessage({ ...input, locale: 'en', sourceIds: [], dataPath: undefined });
    expect(body).toMatch(/^Page: /);
    expect(body).toContain('Source ids: (none)');
    expect(body).not.toContain('Data:');
  });
  it('keeps the subject short', () => {
    const { subject } = reportMessage({ ...input, dataPath: undefined, claim: 'x'.repeat(500) });
    expect(subject.endsWith('…')).toBe(true);
    expect(subject.length).toBeLessThan(SUBJECT_CLAIM_CHARS + 40);
  });
});

describe('reportLink', () => {
  it('builds a mailto: link with %20 spaces and CRLF line breaks', () => {
    const link = reportLink(input, { trackerUrl: null, email: 'fix@example.org' });
    expect(link.startsWith('mailto:fix@example.org?subject=')).toBe(true);
    expect(link).not.toContain('+');
    expect(link).toContain('%0D%0A');
    const body = decodeURIComponent(new URLSearchParams(link.split('?')[1]).get('body')!.replace(/\+/g, '%2B'));
    expect(body).toContain(input.pageUrl);
  });
  it('leaves the recipient empty when none is configured', () => {
    expect(reportLink(input, { trackerUrl: null, email: '' }).startsWith('mailto:?subject=')).toBe(true);
  });
  it('pre-fills a tracker URL, keeping its own query', () => {
    const link = new URL(reportLink(input, { trackerUrl: 'https://git.example/o/r/issues/new?labels=data', email: '' }));
    expect(link.searchParams.get('labels')).toBe('data');
    expect(link.searchParams.get('title')).toContain('us-local-individual');
    expect(link.searchParams.get('body')).toContain('banmaerp-2024-02-18');
  });
});
