/** Shared by the rollout rules: which rollouts are linted, and the "insert a skeleton" fix. */
import type { RolloutEntity } from '../model/entities';
import type { Landscape } from '../model/landscape';
import type { Fix } from '../types';
import { fix, insertKeyEdit, skeleton } from './locate';

/** Rollouts with status done are history and are not linted (SPEC §2.3). */
export function activeRollouts(l: Landscape): RolloutEntity[] {
  return l.rollouts.filter((r) => r.status !== 'done');
}

/** `template` marks the blanks the user fills in (`‹›`, see `skeleton`): editors put tab stops there. */
export function insertSkeleton(text: string, r: RolloutEntity, key: string, template: string): Fix {
  return fix(`Add ${key} to '${r.id}'`, `insert-${key}`, [insertKeyEdit(r.file, text, r.node, key, skeleton(template))], true);
}
