import { describe, expect, it } from 'vitest';
import { isDarkBackground, parseRgb } from '@/lib/theme';

describe('theme', () => {
  it.each([
    ['rgb(255, 255, 255)', false],
    ['rgb(11, 20, 26)', true],
    ['rgba(17, 27, 33, 1)', true],
    ['rgb(239 234 226 / 100%)', false],
    ['rgba(0, 0, 0, 0)', null],
    ['transparent', null],
  ])('%s -> dark %s', (css, dark) => {
    expect(isDarkBackground(css)).toBe(dark);
  });
  it('parses rgb()', () => {
    expect(parseRgb('rgb(1, 2, 3)')).toEqual({ r: 1, g: 2, b: 3 });
  });
});
