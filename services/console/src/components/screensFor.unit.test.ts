import { describe, expect, it } from 'vitest';
import { screensFor } from './Layout.tsx';

describe('screensFor', () => {
  it('opens the statistics to the coordinator and the researcher, and nothing about cases to a researcher', () => {
    expect(screensFor(['coordinator'])).toEqual(['inbox', 'coordinator', 'statistics', 'providers']);
    expect(screensFor(['researcher'])).toEqual(['statistics']);
    expect(screensFor(['caseworker'])).toEqual(['inbox', 'newCase', 'providers']);
    expect(screensFor(['police'])).toEqual(['inbox']);
    expect(screensFor(['auditor'])).toEqual(['audit']);
  });

  it('opens only the provider register to its administrator', () => {
    expect(screensFor(['administrator'])).toEqual(['providers']);
    expect(screensFor(['supervisor'])).toEqual(['inbox', 'newCase', 'supervisor', 'providers']);
  });
});
