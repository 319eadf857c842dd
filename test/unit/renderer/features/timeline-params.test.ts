import { describe, expect, it } from 'vitest';
import { filterFromParams, paramsFromFilter } from '../../../../renderer/features/activity/timeline-params';

describe('timeline filter in the URL', () => {
  it('keeps the direction with the other filters, there and back', () => {
    const filter = { country: 'JP', kinds: ['visit'] as const, direction: 'inbound' as const, query: '兵庫' };
    const params = paramsFromFilter(filter);
    expect(params.get('direction')).toBe('inbound');
    expect(filterFromParams(params)).toEqual(filter);
  });

  it('ignores a direction it does not know', () => {
    expect(filterFromParams(new URLSearchParams('direction=sideways&country=KR'))).toEqual({ country: 'KR' });
  });
});
