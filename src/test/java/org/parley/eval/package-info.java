/**
 * Scoring against hand-annotated gold: input, a folder of gold {@code <doc>.json} files ({@link org.parley.eval.GoldSet})
 * and the rows of the contract queries {@code queries/entities.rq} and {@code queries/statements.rq}; output,
 * {@link org.parley.eval.Scores} with the evaluation's metrics (entity F1, link accuracy, statement-actor F1,
 * places-in-demands F1), computed as {@code ../shared/eval/score.py} defines them, without needing that script, and
 * each rule's right and wrong counts ({@link org.parley.eval.RuleScorer}). {@link org.parley.eval.GoldSetIT} checks
 * the team-written sets against floors, {@link org.parley.eval.RealGoldSetIT} the development sets of
 * {@code ../shared/eval/}.
 */
package org.parley.eval;
