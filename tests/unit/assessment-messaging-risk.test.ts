import { describe, expect, it } from 'vitest';
import { questionsOf, scoreRisk } from '../../src/lib/assessment';
import type { RiskDefinition } from '../../src/schemas/assessment';
import { loadDefinition } from '../helpers/definitions';

// The real messaging risk self-assessment in content/ (version 2).
const messaging = loadDefinition('messaging-risk') as RiskDefinition;
const severityOf = (riskId: string) => messaging.risks.find((risk) => risk.id === riskId)?.severity;

describe('the messaging risk self-assessment', () => {
  it('has 17 risks and 22 questions', () => {
    expect(messaging.version).toBe(2);
    expect(messaging.risks).toHaveLength(17);
    expect(questionsOf(messaging)).toHaveLength(22);
  });

  it('rates leavers keeping access as severe as outsiders being added', () => {
    expect(severityOf('outsiders-added')).toBe('severe');
    expect(severityOf('leavers-keep-access')).toBe('severe');
  });

  it('rates the new risks from their own questions, worked by hand', () => {
    const result = scoreRisk(messaging, {
      'uses-consumer-app': 'occasionally',
      'pupil-parent-contact': 'parents-sometimes',
      'concerns-in-chat': 'always-passed-on',
      'message-content': 'practical-only',
      'freedom-of-information': 'not-covered',
      'disappearing-messages': 'not-sure',
    });
    const levels = Object.fromEntries(result.risks.map((risk) => [risk.id, [risk.score, risk.level]]));
    expect(levels).toMatchObject({
      // possible (2) x severe (3)
      'personal-accounts-with-pupils-and-parents': [6, 'high'],
      // remote (1) x severe (3)
      'concerns-not-passed-on': [3, 'medium'],
      'special-category-in-chats': [3, 'medium'],
      // possible (2) x significant (2)
      'foi-messages-deleted': [4, 'medium'],
      'disappearing-messages': [4, 'medium'],
      // remote (1) x significant (2); possible (2) x minimal (1)
      'subject-access-missed': [2, 'low'],
      'against-terms': [2, 'low'],
      // no answer bears on it yet
      'ai-features': [null, null],
    });
    expect(result.overall.level).toBe('high');
  });
});
