import { describe, expect, it } from 'vitest';
import { ApiError } from './apiError.ts';

describe('ApiError', () => {
  it('keys validation issues by the field below body', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', 'bad', {
      issues: [
        { path: ['body', 'person', 'personalIdentityNumber'], message: 'not a valid number' },
        { path: 'body.household.adults', message: 'at least one' },
      ],
    });
    expect(error.fieldErrors()).toEqual({
      'person.personalIdentityNumber': 'not a valid number',
      'household.adults': 'at least one',
    });
  });

  it('calls 412 and a concurrent update a change by someone else, other conflicts not', () => {
    expect(new ApiError(412, 'PRECONDITION_FAILED', '', null).isConcurrentChange).toBe(true);
    expect(new ApiError(409, 'CONCURRENT_UPDATE', '', null).isConcurrentChange).toBe(true);
    expect(new ApiError(409, 'NOT_ALLOWED_IN_STATE', '', null).isConcurrentChange).toBe(false);
  });
});
