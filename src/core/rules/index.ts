/** The rule registry: every rule of SPEC §3, in catalogue order. */
import type { AnyRule } from './rule';
import noDuplicateId from './no-duplicate-id';
import noDanglingReference from './no-dangling-reference';
import requireOwner from './require-owner';
import noDirectMode2ToMode1 from './no-direct-mode2-to-mode1';
import noMode1DependsOnMode2 from './no-mode1-depends-on-mode2';
import noSyncPassthroughToMode1 from './no-sync-passthrough-to-mode1';
import noSharedDatastore from './no-shared-datastore';
import noMode1InternetExposure from './no-mode1-internet-exposure';
import noCircularDependency from './no-circular-dependency';
import maxFanOut from './max-fan-out';
import stableDependencies from './stable-dependencies';
import noOrphanSystem from './no-orphan-system';
import noDependencyOnRetiring from './no-dependency-on-retiring';
import lifecycleDatePassed from './lifecycle-date-passed';
import noShadowIt from './no-shadow-it';
import shadowItSensitiveData from './shadow-it-sensitive-data';
import shadowItIntegration from './shadow-it-integration';
import requireSecurityReview from './require-security-review';
import modeOwnerAlignment from './mode-owner-alignment';
import rolloutRequiresRollback from './rollout-requires-rollback';
import rolloutRequiresProdlikeTest from './rollout-requires-prodlike-test';
import rolloutRequiresCommunication from './rollout-requires-communication';
import rolloutRequiresMonitoring from './rollout-requires-monitoring';
import rolloutRequiresPilot from './rollout-requires-pilot';
import rolloutZeroDowntime from './rollout-zero-downtime';

export const ALL_RULES: ReadonlyArray<AnyRule> = [
  noDuplicateId,
  noDanglingReference,
  requireOwner,
  noDirectMode2ToMode1,
  noMode1DependsOnMode2,
  noSyncPassthroughToMode1,
  noSharedDatastore,
  noMode1InternetExposure,
  noCircularDependency,
  maxFanOut,
  stableDependencies,
  noOrphanSystem,
  noDependencyOnRetiring,
  lifecycleDatePassed,
  noShadowIt,
  shadowItSensitiveData,
  shadowItIntegration,
  requireSecurityReview,
  modeOwnerAlignment,
  rolloutRequiresRollback,
  rolloutRequiresProdlikeTest,
  rolloutRequiresCommunication,
  rolloutRequiresMonitoring,
  rolloutRequiresPilot,
  rolloutZeroDowntime,
];

export const RULES_BY_ID: ReadonlyMap<string, AnyRule> = new Map(ALL_RULES.map((r) => [r.meta.id, r]));
