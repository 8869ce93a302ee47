import { describe, expect, test } from 'vitest';
import { AVAILABILITY_ORDER, changeDates, mostAvailable, statusAt } from '../../src/status.ts';
import { STATUSES } from '../../src/vocab.ts';
import { h } from './fixtures/core-dataset.ts';

const idLocal = { history: [h('2021-04-17', 'open'), h('2023-10-04', 'suspended'), h('2023-12-11', 'open')] };

describe('statusAt', () => {
  test('the last entry on or before the date is in force', () => {
    expect(statusAt(idLocal, '2023-10-03', '2021-04-17').status).toBe('open');
    expect(statusAt(idLocal, '2023-10-04', '2021-04-17').status).toBe('suspended');
    expect(statusAt(idLocal, '2023-11-09', '2021-04-17').status).toBe('suspended');
    expect(statusAt(idLocal, '2023-12-11', '2021-04-17').status).toBe('open');
  });

  test('returns the entry and basis history', () => {
    const at = statusAt(idLocal, '2023-11-09', '2021-04-17');
    expect(at.basis).toBe('history');
    expect(at.entry?.from).toBe('2023-10-04');
  });

  test('a month-precision entry applies from the first of the month', () => {
    const o = { history: [h('2023-04', 'open')] };
    expect(statusAt(o, '2023-04-01', '2022-11-10').status).toBe('open');
    expect(statusAt(o, '2023-03-31', '2022-11-10').status).toBe('unknown');
  });

  test('before the market opened: derived not-offered', () => {
    expect(statusAt(idLocal, '2021-04-16', '2021-04-17')).toEqual({ status: 'not-offered', entry: null, basis: 'before-market-launch' });
  });

  test('after the market opened but before any entry: derived unknown', () => {
    const o = { history: [h('2023-08', 'invite-only')] };
    expect(statusAt(o, '2023-01-01', '2022-11-10')).toEqual({ status: 'unknown', entry: null, basis: 'no-entry-yet' });
  });

  test('without a market opening date, a date before the first entry is unknown', () => {
    expect(statusAt(idLocal, '2020-01-01').status).toBe('unknown');
  });

  test('the opening day itself is not "before the market opened"', () => {
    const o = { history: [h('2023-08', 'invite-only')] };
    expect(statusAt(o, '2022-11-10', '2022-11-10').status).toBe('unknown');
  });
});

describe('mostAvailable', () => {
  test('the order covers every status once', () => {
    expect([...AVAILABILITY_ORDER].sort()).toEqual([...STATUSES].sort());
  });
  test('picks the most available status', () => {
    expect(mostAvailable(['closed', 'restricted', 'invite-only'])).toBe('restricted');
    expect(mostAvailable(['not-offered', 'closed'])).toBe('closed');
    expect(mostAvailable(['suspended', 'open'])).toBe('open');
  });
  test('unknown ranks above closed and not-offered, below suspended', () => {
    expect(mostAvailable(['closed', 'unknown'])).toBe('unknown');
    expect(mostAvailable(['not-offered', 'unknown'])).toBe('unknown');
    expect(mostAvailable(['unknown', 'suspended'])).toBe('suspended');
  });
  test('no statuses at all is unknown', () => {
    expect(mostAvailable([])).toBe('unknown');
  });
});

describe('changeDates', () => {
  test('unique, ascending across offerings and precisions', () => {
    const a = { history: [h('2023-10-04', 'suspended'), h('2023-12-11', 'open')] };
    const b = { history: [h('2022', 'open'), h('2023-10-04', 'closed'), h('2023-11', 'open')] };
    expect(changeDates([a, b])).toEqual(['2022', '2023-10-04', '2023-11', '2023-12-11']);
  });
  test('no offerings, no dates', () => {
    expect(changeDates([])).toEqual([]);
  });
});
