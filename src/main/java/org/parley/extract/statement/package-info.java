/**
 * Demands, offers and rejections, found by small named rules over each sentence's dependency tree. Input: the
 * article, its analysis (tokens, lemmas, Penn tags and, for the sentences {@link
 * org.parley.extract.statement.DependencyStatementExtractor#mayHoldStatement} accepts, a {@link
 * org.parley.core.DependencyTree} from NLP4J's parser, run by {@code nlp}) and its mentions; output: statements in
 * text order, each with its arguments, flags and links, every one naming the rule that made it.
 *
 * <p>{@link org.parley.extract.statement.DependencyStatementExtractor} reads one sentence at a time
 * ({@code SentenceView}, inside the article's {@code ArticleContext}) and builds one {@code Frame} per trigger; the
 * rule families fill it in turn, each returning a new immutable frame from a {@code Site} (the sentence, the trigger,
 * the frame so far, the article):
 * <ul>
 *   <li>triggers: rules as data in {@code rules/triggers.rules}, one a line (id, kind, a {@code TokenPattern} over
 *       lemmas, words, lexicon lists and tags, and the named {@code Conditions} that must hold, the way Jena's rule
 *       engine registers builtins), tried in order by {@code TriggerRules};</li>
 *   <li>content: {@code ContentRules} (the complements of the trigger, with {@code Clauses});</li>
 *   <li>makers and addressees: {@code MakerRules} and {@code AddresseeRules}, ordered choices whose order is data
 *       ({@code rules/makers.rules}, {@code rules/addressees.rules}, checked by {@code DecisionList}), resolving
 *       phrases to parties with {@code Parties} (descriptions with {@code Descriptions}), {@code TitleCountry},
 *       {@code QuoteSpeakers} and {@code CatalogFacts};</li>
 *   <li>places and organizations named in the content: {@code PlaceRules};</li>
 *   <li>conditions ("if", "unless", "until"): {@code ConditionRules}, {@code Conditions} being the named predicates
 *       of the trigger rules;</li>
 *   <li>flags (negated, hypothetical, future, reported): {@code FlagRules};</li>
 *   <li>per sentence, merging and links (what a rejection answers): {@code SentenceFrames}; what one sentence leaves
 *       to the next (parties in focus, the last speaker, the frames so far) is the immutable {@code Discourse},
 *       updated by {@code Focus};</li>
 *   <li>statements with ids, arguments, links and dates: {@code StatementAssembler}, {@code StatementDates},
 *       {@code ProposalActions}.</li>
 * </ul>
 * Word lists come from the lexicon ({@link org.parley.extract.Lexicon}). May use {@code core}, {@code catalog} and
 * {@code extract}; never {@code nlp} (the tree arrives as a {@code core} record).
 */
package org.parley.extract.statement;
