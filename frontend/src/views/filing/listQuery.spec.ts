import { describe, expect, it } from 'vitest'
import {
  defaultFilter,
  filterFromQuery,
  paramsFromFilter,
  queryFromFilter,
  sortFromTable,
  tableSort,
  yearOptions,
} from './listQuery'

describe('filing list filter ↔ URL query', () => {
  it('reads every filter from the query', () => {
    expect(
      filterFromQuery({ q: ' 济南 ', status: 'APPROVED', year: '2026', sort: 'filingNo', order: 'asc', page: '3', size: '20' }),
    ).toEqual({ q: '济南', status: 'APPROVED', year: 2026, sort: 'filingNo', order: 'asc', page: 3, size: 20 })
  })

  it('falls back to the defaults for missing, unknown or malformed values', () => {
    expect(filterFromQuery({})).toEqual(defaultFilter())
    expect(
      filterFromQuery({ status: 'NOPE', year: '20x6', sort: 'id; DROP TABLE filing', order: 'sideways', page: '0', size: '1000' }),
    ).toEqual(defaultFilter())
    expect(filterFromQuery({ year: '1800', page: '-2' })).toEqual(defaultFilter())
    // repeated parameters: the first counts
    expect(filterFromQuery({ q: ['甲', '乙'] }).q).toBe('甲')
  })

  it('writes only what differs from the default', () => {
    expect(queryFromFilter(defaultFilter())).toEqual({})
    expect(queryFromFilter({ ...defaultFilter(), q: '  ', page: 1 })).toEqual({})
    expect(
      queryFromFilter({ q: '鲁区校备', status: 'DRAFT', year: 2026, sort: 'submittedAt', order: 'asc', page: 2, size: 50 }),
    ).toEqual({ q: '鲁区校备', status: 'DRAFT', year: '2026', sort: 'submittedAt', order: 'asc', page: '2', size: '50' })
  })

  it('survives the round trip through the URL (a refresh keeps the list)', () => {
    const filter = { q: '山东大学', status: 'CITY_REVIEW' as const, year: 2027, sort: 'status' as const, order: 'desc' as const, page: 4, size: 20 }
    const query = Object.fromEntries(Object.entries(queryFromFilter(filter)).map(([k, v]) => [k, String(v)]))
    expect(filterFromQuery(query)).toEqual(filter)
  })

  it('sends the server only set filters, always with sort and page', () => {
    expect(paramsFromFilter(defaultFilter())).toEqual({ sort: 'updatedAt', order: 'desc', page: 1, size: 10 })
    expect(paramsFromFilter({ ...defaultFilter(), q: ' 青岛 ', status: 'APPROVED', year: 2026 })).toEqual({
      q: '青岛',
      status: 'APPROVED',
      year: 2026,
      sort: 'updatedAt',
      order: 'desc',
      page: 1,
      size: 10,
    })
  })

  it('maps el-table sort-change to the server sort and back', () => {
    expect(sortFromTable('submittedAt', 'ascending')).toEqual({ sort: 'submittedAt', order: 'asc' })
    expect(sortFromTable('filingNo', 'descending')).toEqual({ sort: 'filingNo', order: 'desc' })
    expect(sortFromTable('status', null)).toEqual({ sort: 'updatedAt', order: 'desc' })
    expect(sortFromTable('zoneName', 'ascending')).toEqual({ sort: 'updatedAt', order: 'desc' })
    expect(tableSort({ ...defaultFilter(), sort: 'status', order: 'asc' })).toEqual({ prop: 'status', order: 'ascending' })
  })

  it('offers the years of the programme, newest first', () => {
    expect(yearOptions(new Date('2028-03-01T00:00:00+08:00'))).toEqual([2028, 2027, 2026])
    expect(yearOptions(new Date('2026-11-22T00:00:00+08:00'))).toEqual([2026])
  })
})
