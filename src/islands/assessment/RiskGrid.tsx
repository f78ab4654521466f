import type { RiskResult } from '../../lib/assessment';
import { RISK_LEVEL_LABELS, levelOf } from '../../lib/assessment';
import { LIKELIHOODS, SEVERITIES, type ScaleValue } from '../../schemas/scales';

interface Props {
  risks: RiskResult[];
  /** Keeps the list's id unique on the page. */
  idPrefix: string;
}

const SCALE: ScaleValue[] = [1, 2, 3];
const labelOf = (scale: Record<string, { value: ScaleValue; label: string }>, value: ScaleValue) =>
  Object.values(scale).find((entry) => entry.value === value)?.label ?? String(value);

const LEVELS = ['high', 'medium', 'low'] as const;

/**
 * The ICO-style 3 x 3 matrix as a table: likelihood down, severity across. Each cell names its level
 * in words and lists the risks placed in it, so it reads without colour. Where there is no room for
 * three columns (a phone), the stylesheet shows the same placing as one list per level instead.
 */
export function RiskGrid({ risks, idPrefix }: Props) {
  const assessed = risks.filter((risk) => risk.likelihood !== null);
  return (
    <div class="risk-placing">
      <table class="risk-grid">
        <caption>Where each assessed risk sits: likelihood by severity</caption>
        <thead>
          <tr>
            <td />
            {SCALE.map((severity) => (
              <th scope="col" key={severity}>
                {`Severity: ${labelOf(SEVERITIES, severity)}`}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...SCALE].reverse().map((likelihood) => (
            <tr key={likelihood}>
              <th scope="row">{`Likelihood: ${labelOf(LIKELIHOODS, likelihood)}`}</th>
              {SCALE.map((severity) => {
                const level = levelOf(likelihood * severity);
                const here = assessed.filter((risk) => risk.likelihood === likelihood && risk.severity === severity);
                return (
                  <td key={severity} class={`level-${level}`}>
                    <span class="cell-level">{RISK_LEVEL_LABELS[level]}</span>
                    {here.length > 0 && (
                      <ul>
                        {here.map((risk) => (
                          <li key={risk.id}>{risk.title}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <div class="risk-levels">
        <p id={`${idPrefix}-levels`}>Where each assessed risk sits</p>
        <ul aria-labelledby={`${idPrefix}-levels`}>
          {LEVELS.map((level) => {
            const here = assessed.filter((risk) => risk.level === level);
            return (
              <li key={level} class={`level-${level}`}>
                <strong>{`${RISK_LEVEL_LABELS[level]}:`}</strong>
                {here.length > 0 ? (
                  <ul>
                    {here.map((risk) => (
                      <li key={risk.id}>{risk.title}</li>
                    ))}
                  </ul>
                ) : (
                  ' none'
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
