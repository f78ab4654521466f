/** The three parts of the UK with their own bank holidays, named as GOV.UK names them. */
export const DIVISIONS = ['england-and-wales', 'scotland', 'northern-ireland'] as const;

export type Division = (typeof DIVISIONS)[number];

export const DIVISION_NAMES: Record<Division, string> = {
  'england-and-wales': 'England and Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
};

export function isDivision(value: unknown): value is Division {
  return (DIVISIONS as readonly unknown[]).includes(value);
}
