/** Common phrases of KPI labels and their abbreviations; the full label is on the detail line. */
const ABBREVIATIONS: readonly (readonly [RegExp, string])[] = [
  [/ working days?/g, ' wd'],
  [/[Cc]hild protection/g, 'CP'],
  [/[Ll]ooked-after children/g, 'CLA'],
  [/[Ll]ooked-after/g, 'CLA'],
  [/[Cc]hildren looked after/g, 'CLA'],
  [/ within /g, ' in '],
  [/ or more/g, '+'],
  [/ per 10,000 children/g, ' /10k'],
  [/[Ss]ocial workers?/g, 'SW'],
  [/ at month end/g, ' (month end)'],
  [/[Ss]econd or subsequent/g, 'Repeat'],
  [/[Aa]ssessments?/g, 'Assess.'],
];

/**
 * A KPI label in at most `width` characters: abbreviated, then cut with an ellipsis.
 * @example shortLabel('Assessments within 45 working days', 24) // 'Assess. in 45 wd'
 */
export function shortLabel(label: string, width: number): string {
  if (label.length <= width) return label;
  let text = label;
  for (const [pattern, short] of ABBREVIATIONS) text = text.replace(pattern, short);
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}
