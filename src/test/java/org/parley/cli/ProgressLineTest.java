package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.parley.pipeline.IngestProgress;

class ProgressLineTest {

    @Test
    void saysWhatIsDoneOfHowManyHowFastAndHowLongIsLeftWhenKnown() throws InterruptedException {
        IngestProgress p = new IngestProgress();
        assertEquals("parley: 0 articles", ProgressLine.describe(p), "nothing known yet");
        p.expect(1000);
        for (int i = 0; i < 10; i++) {
            p.inputDone();
        }
        Thread.sleep(50);
        String line = ProgressLine.describe(p);
        assertTrue(line.matches("parley: 10 of 1,000 articles, [0-9.,]+ articles/s, .+ left"), line);
        assertTrue(p.remaining().orElseThrow().compareTo(Duration.ZERO) > 0);
    }

    @Test
    void durationsReadAsAPersonWouldSayThem() {
        assertEquals("42 s", ProgressLine.duration(Duration.ofSeconds(42)));
        assertEquals("6 min 46 s", ProgressLine.duration(Duration.ofSeconds(406)));
        assertEquals("2 h 5 min", ProgressLine.duration(Duration.ofMinutes(125)));
    }
}
