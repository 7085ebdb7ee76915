package org.parley.extract.statement;

import java.util.Locale;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * A place where a meeting hosted, held or attended in the content would take place: "offered to host a meeting of the
 * two presidents in Kerak or Amman", "ready to hold a round of talks between the envoys in Kerak", "agreed to attend a
 * meeting of the mechanism in Ergneti". The parser hangs the "in" phrase on the people who meet (the "of", "between"
 * or "among" object of a noun of {@code talk-nouns}), on the meeting noun past their phrase, or on the verb of hosting
 * ({@code hosting-verbs}) or attending ({@code attending-verbs}); either way the body before
 * "in" does not sit there, the meeting does, so the place is the content's and not a seat ({@code PlaceRules}' seat
 * exclusions). A body's seat where no meeting is hosted ("offered to brief the ambassadors in Geneva", "hold a meeting
 * with the ambassadors in Geneva") stays out.
 */
final class MeetingVenues {

    private static final WordList TALK_NOUNS = Lexicon.bundled().list("talk-nouns");
    private static final WordList HOSTING = Lexicon.bundled().list("hosting-verbs");
    private static final WordList ATTENDING = Lexicon.bundled().list("attending-verbs");
    private static final WordList MEMBER_LINKS = Lexicon.bundled().list("member-link-prepositions");

    private MeetingVenues() {
    }

    /** Whether the place stands in the "in" phrase of a hosted meeting's members or of the hosting verb. */
    static boolean venue(SentenceView s, SentenceView.Placed m) {
        int t = PlaceRules.listHead(s, m.head()); // "in Kerak or Amman"
        int in = s.head(t);
        if (!s.relation(t).equals("pobj") || in < 1 || !s.word(in).equalsIgnoreCase("in")) {
            return false;
        }
        int gov = s.head(in);
        if (gov >= 0 && s.isVerb(gov) && meetingVerb(s, gov)) {
            int object = s.child(gov, "dobj"); // "host a meeting of the presidents | in Kerak"
            return object >= 0 && s.listed(TALK_NOUNS, object) && membersBefore(s, object, in);
        }
        if (gov >= 0 && s.listed(TALK_NOUNS, gov)) { // "host a meeting of the presidents | in Kerak" on "meeting"
            return hosted(s, gov) && membersBefore(s, gov, in);
        }
        return gov >= 0 && s.isNoun(gov) && membersOfHosted(s, gov);
    }

    /**
     * Whether the meeting's members' phrase stands before the "in" phrase ("a meeting of the presidents in Kerak"):
     * only then can the seat exclusions read the place as the members' seat; "host the talks in Kerak" needs no rule.
     */
    private static boolean membersBefore(SentenceView s, int meeting, int in) {
        return s.children(meeting, "prep").stream().anyMatch(p -> p < in && memberLink(s, p));
    }

    private static boolean memberLink(SentenceView s, int preposition) {
        return MEMBER_LINKS.contains(s.word(preposition).toLowerCase(Locale.ROOT));
    }

    /** Whether a noun is the "of", "between" or "among" object of a hosted meeting ("a summit of the leaders"). */
    private static boolean membersOfHosted(SentenceView s, int members) {
        int link = s.head(members);
        int meeting = link < 0 ? -1 : s.head(link);
        if (!s.relation(members).equals("pobj") || meeting < 0 || s.listed(TALK_NOUNS, members)
                || !memberLink(s, link) || !s.listed(TALK_NOUNS, meeting)) {
            return false;
        }
        return hosted(s, meeting);
    }

    /** A meeting noun that a verb of hosting takes, itself or through "a round of" ("hold a round of talks"). */
    private static boolean hosted(SentenceView s, int meeting) {
        int noun = meeting;
        for (int steps = 0; steps < 2 && s.relation(noun).equals("pobj"); steps++) {
            if (!s.word(s.head(noun)).equalsIgnoreCase("of")) {
                break;
            }
            noun = s.head(s.head(noun));
        }
        String r = s.relation(noun);
        int verb = s.head(noun);
        return (r.equals("dobj") || r.equals("nsubjpass")) && verb >= 0 && s.isVerb(verb) && meetingVerb(s, verb);
    }

    /** A verb of hosting a meeting ({@code hosting-verbs}) or of attending it ({@code attending-verbs}). */
    private static boolean meetingVerb(SentenceView s, int verb) {
        return HOSTING.contains(s.lemma(verb)) || ATTENDING.contains(s.lemma(verb));
    }
}
