import { describe, expect, it } from 'vitest';
import { screensFor } from './Layout.tsx';

describe('screensFor', () => {
  it('opens the statistics to the coordinator and the researcher, and nothing about cases to a researcher', () => {
    expect(screensFor(['coordinator'])).toEqual(['inbox', 'coordinator', 'statistics']);
    expect(screensFor(['researcher'])).toEqual(['statistics']);
    expect(screensFor(['caseworker'])).toEqual(['inbox', 'newCase']);
    expect(screensFor(['police'])).toEqual(['inbox']);
    expect(screensFor(['auditor'])).toEqual(['audit']);
  });
});
