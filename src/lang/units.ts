/**
 * Units of measure: each spelling (singular; plurals are read by dropping a final "s") with its dimension and
 * its size in the dimension's base unit (seconds, bytes, percent).
 */
export interface Unit {
  dimension: 'time' | 'size' | 'percent';
  factor: number;
  name: string;
}

const SECOND = 1,
  MINUTE = 60,
  HOUR = 3600,
  DAY = 86400,
  YEAR = 365 * DAY;

export const UNITS: Readonly<Record<string, Unit>> = {
  millisecond: { dimension: 'time', factor: 0.001, name: 'millisecond' },
  ms: { dimension: 'time', factor: 0.001, name: 'millisecond' },
  second: { dimension: 'time', factor: SECOND, name: 'second' },
  sec: { dimension: 'time', factor: SECOND, name: 'second' },
  minute: { dimension: 'time', factor: MINUTE, name: 'minute' },
  min: { dimension: 'time', factor: MINUTE, name: 'minute' },
  hour: { dimension: 'time', factor: HOUR, name: 'hour' },
  hr: { dimension: 'time', factor: HOUR, name: 'hour' },
  day: { dimension: 'time', factor: DAY, name: 'day' },
  week: { dimension: 'time', factor: 7 * DAY, name: 'week' },
  month: { dimension: 'time', factor: YEAR / 12, name: 'month' },
  year: { dimension: 'time', factor: YEAR, name: 'year' },
  byte: { dimension: 'size', factor: 1, name: 'byte' },
  kb: { dimension: 'size', factor: 1024, name: 'KB' },
  mb: { dimension: 'size', factor: 1024 ** 2, name: 'MB' },
  gb: { dimension: 'size', factor: 1024 ** 3, name: 'GB' },
  tb: { dimension: 'size', factor: 1024 ** 4, name: 'TB' },
  percent: { dimension: 'percent', factor: 1, name: 'percent' },
  '%': { dimension: 'percent', factor: 1, name: 'percent' },
};
