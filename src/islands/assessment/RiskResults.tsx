import type { RiskResult, RiskScore } from '../../lib/assessment';
import { headingTag, type HeadingTag } from '../../lib/assessment/heading-tag';
import { to } from '../../config/addresses';
import { RISK_LEVEL_LABELS } from '../../lib/assessment';
import { RiskGrid } from './RiskGrid';

interface Props {
  id: string;
  score: RiskScore;
  headingLevel: 2 | 3;
}

function levelText(risk: RiskResult): string {
  if (risk.notApplicable) return 'Does not arise';
  if (risk.level === null) return 'Not yet assessed';
  return `${RISK_LEVEL_LABELS[risk.level]} risk (likelihood ${risk.likelihoodLabel?.toLowerCase()}, severity ${risk.severityLabel.toLowerCase()})`;
}

function RiskItem({ risk, Heading }: { risk: RiskResult; Heading: HeadingTag }) {
  return (
    <li class={`risk-item level-${risk.level ?? 'none'}`}>
      <Heading>{risk.title}</Heading>
      <p class="risk-level">
        <strong>{levelText(risk)}</strong>
      </p>
      <p>{risk.description}</p>
      {risk.because.length > 0 && (
        <>
          <p>Why:</p>
          <ul>
            {risk.because.map((reason) => (
              <li key={reason.questionId}>{`“${reason.question}” You answered ${reason.answerLabel}.`}</li>
            ))}
          </ul>
        </>
      )}
      {risk.needsAction && (
        <p>
          <strong>What to do:</strong> {`${risk.action} `}
          <a href={to.guidance(risk.guidance)}>
            Read the guidance<span class="visually-hidden">{` on ${risk.title.toLowerCase()}`}</span>
          </a>
        </p>
      )}
    </li>
  );
}

/** The overall level in words, the likelihood-by-severity grid, then every risk, highest first. */
export function RiskResults({ id, score, headingLevel }: Props) {
  const Sub = headingTag(headingLevel, 1);
  const Item = headingTag(headingLevel, 2);
  const { overall } = score;
  return (
    <>
      <div class={`result-summary level-${overall.level ?? 'none'}`}>
        {overall.level === null ? (
          <p class="result-headline">No result yet: answer the questions above to see the risks.</p>
        ) : (
          <p class="result-headline">
            Overall risk: <strong>{RISK_LEVEL_LABELS[overall.level]}</strong>
          </p>
        )}
        {overall.endedBy && <p>{overall.endedBy.reason}</p>}
        <p class="meta">{`${score.counts.answered} of ${score.counts.total} questions answered.`}</p>
      </div>
      {!overall.endedBy && <RiskGrid risks={score.risks} idPrefix={id} />}
      <Sub>Each risk</Sub>
      <ul class="risk-list">
        {score.risks.map((risk) => (
          <RiskItem key={risk.id} risk={risk} Heading={Item} />
        ))}
      </ul>
    </>
  );
}
