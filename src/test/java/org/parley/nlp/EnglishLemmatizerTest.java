package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnglishLemmatizerTest {

    @ParameterizedTest(name = "{0}/{1} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
        demanded | VBD | demand
        withdrew | VBD | withdraw
        withdrawn | VBN | withdraw
        said | VBD | say
        agreed | VBD | agree
        needed | VBD | need
        proposed | VBN | propose
        negotiated | VBD | negotiate
        negotiating | VBG | negotiate
        provided | VBD | provide
        committed | VBN | commit
        stopped | VBD | stop
        controlled | VBD | control
        called | VBD | call
        required | VBN | require
        declared | VBD | declare
        secured | VBD | secure
        combined | VBN | combine
        opened | VBD | open
        developed | VBD | develop
        visited | VBD | visit
        changed | VBD | change
        charged | VBN | charge
        belonged | VBD | belong
        argued | VBD | argue
        forced | VBN | force
        raised | VBD | raise
        passed | VBD | pass
        settled | VBD | settle
        ruled | VBD | rule
        named | VBN | name
        tried | VBD | try
        died | VBD | die
        making | VBG | make
        running | VBG | run
        seeing | VBG | see
        dying | VBG | die
        bringing | VBG | bring
        talks | NNS | talk
        forces | NNS | force
        crises | NNS | crisis
        casualties | NNS | casualty
        taxes | NNS | tax
        churches | NNS | church
        processes | NNS | process
        men | NNS | man
        people | NNS | people
        news | NN | news
        Ukrainians | NNPS | ukrainian
        status | NN | status
        carries | VBZ | carry
        reaches | VBZ | reach
        demands | VBZ | demand
        is | VBZ | be
        were | VBD | be
        has | VBZ | have
        n't | RB | not
        ’s | POS | 's
        's | VBZ | be
        wo | MD | will
        larger | JJR | large
        bigger | JJR | big
        easiest | JJS | easy
        better | JJR | good
        Northland | NNP | northland
        an | DT | a
        them | PRP | they
        “ | `` | "
        — | : | -
        """)
    void lemmatizes(String word, String tag, String lemma) {
        assertEquals(lemma, EnglishLemmatizer.lemma(word, tag));
    }
}
