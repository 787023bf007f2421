import { describe, expect, it } from 'vitest';
import { REPORT_PAGE } from '../../cloudfunctions/shared/reports/report';
import {
  deadlineText,
  nextReportStatus,
  type ReportStatus,
} from '../../cloudfunctions/shared/reports/status';
import { ROUTES } from '../../client/src/config/routes';

describe('report helpers', () => {
  it('keeps the report route in step with the page report reminders open', () => {
    expect(ROUTES.adminReport).toBe(`/${REPORT_PAGE}`);
  });

  it('allows exactly draft → submitted → returned → submitted', () => {
    const states: (ReportStatus | null)[] = [null, 'draft', 'submitted', 'returned'];
    const table = Object.fromEntries(
      (['save', 'submit', 'return'] as const).map((move) => [
        move,
        states.map((state) => nextReportStatus(state, move)),
      ]),
    );
    expect(table).toEqual({
      save: ['draft', 'draft', null, 'returned'],
      submit: ['submitted', 'submitted', null, 'submitted'],
      return: [null, null, 'returned', null],
    });
  });

  it('writes a deadline as the month and day', () => {
    expect(deadlineText('2026-12-11')).toBe('12月11日');
  });
});
