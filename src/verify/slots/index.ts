import type { SlotRule } from './types.js';
import { polarity } from './polarity.js';
import { quantity } from './quantity.js';
import { channel } from './channel.js';
import { direction } from './direction.js';
import { defaultValueRule } from './default-value.js';
import { role } from './role.js';
import { roleAction } from './role-action.js';
import { actor } from './actor.js';
import { comparison } from './comparison.js';
import { exclusivity } from './exclusivity.js';
import { modality } from './modality.js';
import { substitution } from './substitution.js';
import { immediacy } from './immediacy.js';
import { uiPathRule } from './ui-path.js';
import { valueState } from './value-state.js';
import { listPosition } from './list-position.js';
import { settingTarget } from './setting-target.js';
import { objectRule } from './object.js';
import { subjectRule } from './subject.js';
import { answerCell } from './answer-cell.js';

/** Every slot comparison, in the order their findings are reported. */
export const SLOT_RULES: readonly SlotRule[] = [
  polarity,
  modality,
  quantity,
  channel,
  direction,
  defaultValueRule,
  role,
  roleAction,
  actor,
  comparison,
  exclusivity,
  immediacy,
  uiPathRule,
  valueState,
  listPosition,
  settingTarget,
  objectRule,
  subjectRule,
  answerCell,
  substitution,
];

export type { SlotRule, SlotResult, SlotOutcome, SlotExample } from './types.js';
