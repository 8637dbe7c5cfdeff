import { describe, expect, it } from 'vitest';
import { hasActiveFilters, listVariables, readListParams, writeListParams } from './mobility-list-params';

const read = (search: string) => readListParams(new URLSearchParams(search));

describe('mobility list URL parameters', () => {
  it('read back what they wrote', () => {
    const search =
      'project=p1&status=DRAFT&status=PROPOSED&activity=SM-JOB-SHDW&country=ES&from=2026-01-01&to=2026-12-31&participant=lena&sort=name-desc';
    expect(writeListParams(read(search)).toString()).toBe(search);
  });

  it('leave the defaults out, so the plain list has a plain address', () => {
    expect(writeListParams(read('')).toString()).toBe('');
    expect(read('').sort).toBe('start-asc');
    expect(hasActiveFilters(read('sort=name-asc'))).toBe(false);
    expect(hasActiveFilters(read('status=DRAFT'))).toBe(true);
  });

  it('ignore what a hand-edited link gets wrong', () => {
    expect(
      read('status=LOST&status=DRAFT&status=DRAFT&activity=XX&country=ZZ&from=2026-02-30&sort=up'),
    ).toEqual({
      projectId: null,
      statuses: ['DRAFT'],
      activityType: null,
      hostCountry: null,
      from: null,
      to: null,
      participantName: '',
      sort: 'start-asc',
    });
  });

  it('accept the EU code EL for Greece', () => {
    expect(read('country=el').hostCountry).toBe('GR');
  });

  it('send only the filters that are set, with activity types as the API’s enum names', () => {
    expect(listVariables(read(''))).toEqual({
      filter: null,
      sortBy: 'PLANNED_START_DATE',
      sortDirection: 'ASC',
    });
    expect(listVariables(read('activity=HE-SMS&participant=%20lena%20&sort=start-desc'))).toEqual({
      filter: { activityTypes: ['HE_SMS'], participantName: 'lena' },
      sortBy: 'PLANNED_START_DATE',
      sortDirection: 'DESC',
    });
  });
});
