/** The eligibility engine's entry point: validate the answers with the zod schema, then evaluate. */
import { evaluateAnswers } from './assess.ts';
import type { EligibilityResult, Ruleset } from './types.ts';
import { AnswersError, validateAnswers } from './validate.ts';

/**
 * Evaluates answers against a ruleset. Answers are validated first; bad or unknown values throw an
 * AnswersError listing every problem, so a wrong answer can never produce a confident result.
 */
export function evaluateEligibility(ruleset: Ruleset, input: unknown): EligibilityResult {
  const validated = validateAnswers(ruleset, input);
  if (!validated.ok) throw new AnswersError(validated.errors);
  return evaluateAnswers(ruleset, validated.answers);
}
