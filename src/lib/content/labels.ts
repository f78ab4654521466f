import type { Audience } from '../../schemas/article';

/** How each audience is named to readers. */
export const audienceLabels: Record<Audience, string> = {
  leaders: 'School leaders',
  staff: 'Staff',
  governors: 'Governors',
  dpo: 'Data protection officers',
  trusts: 'Trusts',
};
