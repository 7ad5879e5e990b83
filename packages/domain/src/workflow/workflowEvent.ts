import type { CommandType } from '../commands/payloads.ts';
import type { ExclusionZone } from '../reference/municipalities.ts';
import type { ConsentParty } from '../schemas/caseFacts.ts';
import type { UnitStanding } from '../decide/decideContext.ts';

/**
 * The machine's events: one per command type, carrying only the facts its guards and context need. `decide`
 * derives one from each command (`workflowEventOf`), so the machine alone says which command is allowed where.
 */
export type WorkflowEvent =
  | {
      readonly type: 'InitiateRelocation';
      readonly sending: string;
      readonly acute: boolean;
      readonly zones: readonly ExclusionZone[];
    }
  | { readonly type: 'RecordConsent'; readonly parties: readonly ConsentParty[] }
  | { readonly type: 'RecordThreatAssessment'; readonly zones: readonly ExclusionZone[] }
  | { readonly type: 'EscalateThreat'; readonly zones: readonly ExclusionZone[] }
  | { readonly type: 'ProposeReceivingMunicipality'; readonly municipalityCode: string }
  | {
      readonly type: 'AcceptHandover';
      readonly providerPermitted: boolean;
      /** The reception plan is protected housing (a child without a guardian's consent needs the court). */
      readonly protectedHousing: boolean;
    }
  | {
      readonly type: 'AddHouseholdMember';
      readonly memberId: string;
      readonly child: boolean;
      readonly guardianMissing: boolean;
    }
  | {
      readonly type:
        'RemoveHouseholdMember' | 'RecordChildImpactAssessment' | 'RecordChildPlacementApplication';
      readonly memberId: string;
    }
  | {
      readonly type: 'RecordChildPlacementDecision';
      readonly memberId: string;
      readonly placementAllowed: boolean;
    }
  | {
      readonly type: 'PlaceDirectly';
      readonly municipalityCode: string;
      readonly unit: UnitStanding;
      /** The unit is protected housing (a child without a guardian's consent needs the court, §3.2). */
      readonly protectedHousing: boolean;
    }
  | {
      readonly type: Exclude<
        CommandType,
        | 'InitiateRelocation'
        | 'RecordConsent'
        | 'RecordThreatAssessment'
        | 'EscalateThreat'
        | 'ProposeReceivingMunicipality'
        | 'AcceptHandover'
        | 'PlaceDirectly'
        | 'AddHouseholdMember'
        | 'RemoveHouseholdMember'
        | 'RecordChildImpactAssessment'
        | 'RecordChildPlacementApplication'
        | 'RecordChildPlacementDecision'
      >;
    };
