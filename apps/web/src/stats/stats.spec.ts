import { describe, expect, it } from '@jest/globals';
import { statsCsv } from './stats-csv';
import { conversion, rangeOf } from './stats-range';

describe('the dashboard ranges', () => {
  const now = new Date('2026-08-17T10:30:00.000Z');
  it('start at the first day of the month, quarter or year (UTC) and end now; "all" has no bounds', () => {
    expect(rangeOf('month', now)).toEqual({ from: '2026-08-01T00:00:00.000Z', to: now.toISOString() });
    expect(rangeOf('quarter', now)).toEqual({ from: '2026-07-01T00:00:00.000Z', to: now.toISOString() });
    expect(rangeOf('year', now)).toEqual({ from: '2026-01-01T00:00:00.000Z', to: now.toISOString() });
    expect(rangeOf('all', now)).toEqual({ from: null, to: null });
  });

  it('computes the conversion only when there were requests', () => {
    expect(conversion(1, 4)).toBe(0.25);
    expect(conversion(0, 0)).toBeNull();
  });
});

describe('the dashboard CSV', () => {
  it('has the header, a row per sector, the totals, plain numbers and quoted names', () => {
    const csv = statsCsv(
      ['code', 'sector', 'offerings', 'needs', 'requests', 'accepted', 'conversion %'],
      [
        { code: 'XVII', name: 'Транспорт, суда', offerings: 1200, needs: 3, contactRequests: 3, acceptedContacts: 1 },
        { code: 'I', name: 'Живые животные', offerings: 0, needs: 0, contactRequests: 0, acceptedContacts: 0 },
      ],
      { label: 'Всего', offerings: 1200, needs: 3, contactRequests: 3, acceptedContacts: 1 },
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual(['code,sector,offerings,needs,requests,accepted,conversion %', 'XVII,"Транспорт, суда",1200,3,3,1,33.3', 'I,Живые животные,0,0,0,0,', ',Всего,1200,3,3,1,33.3', '']);
  });
});
