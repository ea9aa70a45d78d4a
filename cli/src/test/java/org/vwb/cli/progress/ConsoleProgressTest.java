package org.vwb.cli.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {

    private final StringWriter text = new StringWriter();
    private final AtomicLong clock = new AtomicLong();

    private ConsoleProgress sink(ProgressMode mode) {
        return new ConsoleProgress(new PrintWriter(text), mode, clock::get);
    }

    /// Advances 100 units per simulated 0.5 s.
    private void work(ConsoleProgress p, int steps) {
        for (int i = 0; i < steps; i++) {
            clock.addAndGet(500_000_000L);
            p.advance(100);
        }
    }

    @Test
    void jsonLinesReportBeginThrottledProgressNoteAndEnd() throws IOException {
        ConsoleProgress p = sink(ProgressMode.JSON);
        p.begin("copying", 1000);
        work(p, 10);
        p.note("wrote a.safetensors");
        p.finish("ok");
        ObjectMapper m = new ObjectMapper();
        List<JsonNode> events = new ArrayList<>();
        for (String line : text.toString().split("\\R")) {
            events.add(m.readTree(line));
        }
        List<String> names = events.stream().map(e -> e.get("event").asText()).toList();
        assertEquals("begin", names.getFirst());
        assertEquals(1000, events.getFirst().get("total").asLong());
        assertEquals(List.of("note", "progress", "end"), names.subList(names.size() - 3, names.size()));
        assertEquals(5, names.stream().filter("progress"::equals).count() - 1, "one line per second, plus the final");
        assertEquals(1000, events.get(names.size() - 2).get("done").asLong());
        assertEquals("ok", events.getLast().get("outcome").asText());
        assertTrue(!events.getLast().has("stage"), "end belongs to the job");
        long previous = -1;
        for (JsonNode e : events) {
            if (e.has("done")) {
                assertTrue(e.get("done").asLong() >= previous, "monotone");
                previous = e.get("done").asLong();
            }
        }
    }

    @Test
    void plainLinesShowPercentRateAndEta() {
        ConsoleProgress p = sink(ProgressMode.PLAIN);
        p.begin("copying", 1000);
        work(p, 2);
        p.finish("ok");
        String[] lines = text.toString().split("\\R");
        assertEquals("copying (1,000) …", lines[0]);
        assertEquals("copying:  20% 200/1,000  200/s  ETA 0:04", lines[1]);
        assertEquals(2, lines.length);
    }

    @Test
    void barRedrawsInPlaceAndEndsWithNewline() {
        ConsoleProgress p = sink(ProgressMode.BAR);
        p.begin("copying", 1000);
        work(p, 5);
        p.finish("ok");
        String out = text.toString();
        assertTrue(out.contains("\rcopying [############------------]  50% 500/1,000  200/s  ETA 0:03"), out);
        assertTrue(out.contains("100% 1,000/1,000"), out);
        assertTrue(out.endsWith("\n"), out);
    }

    @Test
    void noneWritesNothing() {
        ConsoleProgress p = sink(ProgressMode.NONE);
        p.begin("copying", 10);
        work(p, 3);
        p.note("x");
        p.finish("ok");
        assertEquals("", text.toString());
    }

    @Test
    void autoResolvesByTerminal() {
        assertEquals(ProgressMode.BAR, ProgressMode.AUTO.resolve(true));
        assertEquals(ProgressMode.PLAIN, ProgressMode.AUTO.resolve(false));
        assertEquals(ProgressMode.JSON, ProgressMode.JSON.resolve(true));
    }
}
