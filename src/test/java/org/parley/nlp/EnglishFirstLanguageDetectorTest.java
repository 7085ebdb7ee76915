package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parley.core.Article;
import org.parley.ingest.ArticleFiles;

class EnglishFirstLanguageDetectorTest {

    /** Folders of English articles: the samples and the team's gold sets here, the shared evaluation sets if present. */
    private static final List<String> ENGLISH_FOLDERS = List.of("samples", "src/test/resources/gold",
            "src/test/resources/gold-dev2", "src/test/resources/gold-dev3", "../shared/eval/dev",
            "../shared/eval/real/dev");

    /** Texts written for this test, each about 60 words or more, in languages other than English. */
    private static final List<String> OTHER_LANGUAGES = List.of(
            "Le ministre des affaires étrangères a déclaré mardi que le gouvernement n'accepterait aucune proposition "
                    + "qui laisserait la province du nord aux mains des rebelles. Selon lui, les négociations ne "
                    + "pourront reprendre que si les combattants quittent les villages occupés depuis le mois de mars. "
                    + "Les médiateurs de l'Union africaine ont proposé une trêve de trente jours, mais le chef des "
                    + "rebelles a répondu qu'il ne signerait rien tant que les prisonniers ne seraient pas libérés.",
            "Der Außenminister sagte am Dienstag, die Regierung werde keinen Vorschlag annehmen, der die nördliche "
                    + "Provinz unter der Kontrolle der Rebellen lasse. Die Verhandlungen könnten erst wieder beginnen, "
                    + "wenn die Kämpfer die seit März besetzten Dörfer verlassen hätten. Die Vermittler der "
                    + "Afrikanischen Union schlugen eine Waffenruhe von dreißig Tagen vor, doch der Anführer der "
                    + "Rebellen erklärte, er werde nichts unterschreiben, solange die Gefangenen nicht frei seien.",
            "El ministro de Asuntos Exteriores afirmó el martes que el gobierno no aceptará ninguna propuesta que "
                    + "deje la provincia del norte en manos de los rebeldes. Según dijo, las negociaciones solo podrán "
                    + "reanudarse si los combatientes abandonan las aldeas ocupadas desde marzo. Los mediadores de la "
                    + "Unión Africana propusieron una tregua de treinta días, pero el jefe rebelde respondió que no "
                    + "firmará nada mientras los prisioneros sigan detenidos.",
            "Министр иностранных дел заявил во вторник, что правительство не примет никакого предложения, которое "
                    + "оставит северную провинцию в руках повстанцев. По его словам, переговоры смогут возобновиться "
                    + "только после того, как боевики покинут деревни, занятые с марта. Посредники Африканского союза "
                    + "предложили перемирие на тридцать дней, но лидер повстанцев ответил, что ничего не подпишет, "
                    + "пока пленные остаются под стражей.",
            "قال وزير الخارجية يوم الثلاثاء إن الحكومة لن تقبل أي اقتراح يترك المقاطعة الشمالية في أيدي المتمردين. "
                    + "وأضاف أن المفاوضات لن تستأنف إلا إذا غادر المقاتلون القرى التي يحتلونها منذ شهر مارس. واقترح "
                    + "وسطاء الاتحاد الأفريقي هدنة لمدة ثلاثين يوما، لكن زعيم المتمردين رد بأنه لن يوقع على أي شيء "
                    + "ما دام الأسرى محتجزين، وأن قواته ستبقى في مواقعها حتى يتم الإفراج عنهم جميعا دون شروط.",
            "De minister van Buitenlandse Zaken zei dinsdag dat de regering geen voorstel zal aanvaarden dat de "
                    + "noordelijke provincie in handen van de rebellen laat. Volgens hem kunnen de onderhandelingen pas "
                    + "worden hervat als de strijders de dorpen verlaten die zij sinds maart bezet houden. De "
                    + "bemiddelaars van de Afrikaanse Unie stelden een bestand van dertig dagen voor, maar de leider "
                    + "van de rebellen antwoordde dat hij niets zal tekenen zolang de gevangenen vastzitten.");

    private final OpenNlpLanguageDetector model = new OpenNlpLanguageDetector();

    @Test
    void englishDecidedByTheWordsIsEnglishForTheModelOnEveryArticleOfTheSets() throws Exception {
        List<Article> articles = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        for (String folder : ENGLISH_FOLDERS) {
            Path dir = Path.of(folder);
            if (!Files.isDirectory(dir)) {
                absent.add(folder);
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                List<Path> texts = files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".html"))
                        .sorted().toList();
                ArticleFiles.read(texts, articles::add, problem -> { });
            }
        }
        if (!absent.isEmpty()) {
            System.out.println("EnglishFirstLanguageDetectorTest: not found, skipped: " + absent);
        }
        List<String> toTheModel = new ArrayList<>();
        for (Article article : articles) {
            if (EnglishFirstLanguageDetector.isPlainlyEnglish(article.body())) {
                assertEquals("eng", model.detect(article.body()).iso639_3(), article.source());
            } else {
                toTheModel.add(article.source() + " " + EnglishFirstLanguageDetector.Opening.of(article.body()));
            }
        }
        assertTrue(articles.size() >= 20, "articles read: " + articles.size());
        assertTrue(toTheModel.size() * 20 <= articles.size(), "most English articles are decided without the model; "
                + toTheModel.size() + " of " + articles.size() + " were not: " + toTheModel);
    }

    @Test
    void textsInOtherLanguagesGoToTheModelAndKeepItsAnswer() {
        List<String> asked = new ArrayList<>();
        EnglishFirstLanguageDetector detector = new EnglishFirstLanguageDetector(() -> text -> {
            asked.add(text);
            return model.detect(text);
        });
        for (String text : OTHER_LANGUAGES) {
            assertFalse(EnglishFirstLanguageDetector.isPlainlyEnglish(text), text);
            assertTrue(EnglishFirstLanguageDetector.Opening.of(text).share() < 0.05,
                    EnglishFirstLanguageDetector.Opening.of(text) + " " + text);
            LanguageDetector.Guess guess = detector.detect(text);
            assertEquals(model.detect(text), guess);
        }
        assertEquals(OTHER_LANGUAGES, asked);
    }

    @Test
    void shortOrListLikeEnglishGoesToTheModel() {
        List<String> asked = new ArrayList<>();
        EnglishFirstLanguageDetector detector = new EnglishFirstLanguageDetector(() -> text -> {
            asked.add(text);
            return new LanguageDetector.Guess("eng", 0.5);
        });
        String shortText = "The talks resumed on Monday in the capital.";
        String names = "Armenia, Azerbaijan, Georgia, Turkey, Iran, Russia, Ukraine, Moldova, Belarus, Poland, "
                .repeat(5);
        assertEquals(new LanguageDetector.Guess("eng", 0.5), detector.detect(shortText));
        detector.detect(names);
        assertEquals(List.of(shortText, names), asked);
    }

    @Test
    void theModelIsNotLoadedForPlainEnglish() {
        EnglishFirstLanguageDetector detector = new EnglishFirstLanguageDetector(() -> {
            throw new AssertionError("the model was asked for");
        });
        String text = "The foreign minister said on Tuesday that the government would not accept any proposal that "
                + "left the northern province under the control of the rebels. He said that the talks could resume "
                + "only when the fighters had left the villages they have held since March, and that the mediators "
                + "of the African Union had been told so before their visit to the capital.";
        assertEquals(new LanguageDetector.Guess("eng", EnglishFirstLanguageDetector.CONFIDENCE), detector.detect(text));
    }
}
