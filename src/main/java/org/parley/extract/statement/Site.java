package org.parley.extract.statement;

/**
 * Where a rule family works: one trigger in its sentence, the frame built so far, and the article around it.
 *
 * @param s         the sentence
 * @param trigger   the trigger
 * @param frame     the frame as the earlier families left it
 * @param parties   resolves phrases to parties against the article's discourse
 * @param context   the whole article
 * @param discourse what the earlier sentences left
 */
record Site(SentenceView s, Trigger trigger, Frame frame, Parties parties, ArticleContext context,
            Discourse discourse) {

    int head() {
        return trigger.head();
    }

    Site with(Frame f) {
        return new Site(s, trigger, f, parties, context, discourse);
    }
}
