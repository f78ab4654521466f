/** The subject access request deadline calculator: what the island needs, from one place. */
export {
  calculateSarDeadline,
  type PauseReason,
  type SarDeadlineInput,
  type SarDeadlineResult,
  type SarPause,
} from './deadline';
export { DIVISION_NAMES, DIVISIONS, isDivision, type Division } from './divisions';
export { toIcsEvent, type IcsEventInput } from './ics';
