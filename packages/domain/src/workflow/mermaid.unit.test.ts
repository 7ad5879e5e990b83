import { describe, expect, it } from 'vitest';
import { statuses } from '../state/status.ts';
import { workflowMermaid } from './mermaid.ts';

describe('workflowMermaid', () => {
  const diagram = workflowMermaid();
  it('is a state diagram naming every state', () => {
    expect(diagram.startsWith('stateDiagram-v2')).toBe(true);
    for (const status of statuses) expect(diagram).toContain(status);
  });
  it('shows guards and resumption to the state the case left', () => {
    expect(diagram).toContain('draft --> threatAssessment: SubmitRelocation [consentCoversSubmission]');
    expect(diagram).toContain('suspended --> matching: ResumeCase [wasSuspendedIn matching]');
    expect(diagram).toContain(
      'destinationClearance --> matching: EscalateThreat [escalationLapsesAcceptance]',
    );
  });
});
