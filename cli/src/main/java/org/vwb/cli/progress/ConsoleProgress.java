package org.vwb.cli.progress;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.vwb.common.ProgressSink;

/// A [ProgressSink] writing to stderr as a redrawn bar (with rate and ETA), plain lines or JSON lines.
///
/// Thread-safe (every method synchronizes) and throttled: a bar redraws at most every 100 ms, plain and
/// JSON progress lines at most once a second, so `advance` may be called per row block.
public final class ConsoleProgress implements ProgressSink {

    private static final long BAR_INTERVAL_NANOS = 100_000_000L;
    private static final long LINE_INTERVAL_NANOS = 1_000_000_000L;
    private static final int BAR_WIDTH = 24;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintWriter err;
    private final ProgressMode mode;
    private final LongSupplier nanoClock;
    private String stage;
    private long total;
    private long done;
    private long stageStart;
    private long lastEmit;
    private boolean barDrawn;

    /// A sink for `mode`, which must be resolved (not `AUTO`).
    public ConsoleProgress(PrintWriter err, ProgressMode mode, LongSupplier nanoClock) {
        this.err = Objects.requireNonNull(err, "err");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        if (mode == ProgressMode.AUTO) {
            throw new IllegalArgumentException("resolve AUTO before creating the sink");
        }
    }

    @Override
    public synchronized void begin(String stage, long totalUnits) {
        endStage();
        this.stage = stage;
        this.total = totalUnits;
        this.done = 0;
        this.stageStart = nanoClock.getAsLong();
        this.lastEmit = stageStart;
        switch (mode) {
            case BAR -> drawBar();
            case PLAIN -> line(stage + (totalUnits >= 0 ? " (" + fmt(totalUnits) + ")" : "") + " …");
            case JSON -> json(event("begin").put("total", totalUnits));
            default -> { }
        }
    }

    @Override
    public synchronized void advance(long units) {
        done += units;
        long now = nanoClock.getAsLong();
        long interval = mode == ProgressMode.BAR ? BAR_INTERVAL_NANOS : LINE_INTERVAL_NANOS;
        if (stage == null || now - lastEmit < interval) {
            return;
        }
        lastEmit = now;
        switch (mode) {
            case BAR -> drawBar();
            case PLAIN -> line(stage + ": " + counts() + rateAndEta(now));
            case JSON -> json(event("progress").put("done", done).put("total", total));
            default -> { }
        }
    }

    @Override
    public synchronized void note(String message) {
        switch (mode) {
            case BAR -> {
                clearBar();
                line("  " + message);
                drawBar();
            }
            case PLAIN -> line("  " + message);
            case JSON -> json(event("note").put("message", message));
            default -> { }
        }
    }

    /// Closes the current stage and reports the job's `outcome` (`ok`, `failed` or `cancelled`).
    public synchronized void finish(String outcome) {
        endStage();
        stage = null; // the end event belongs to the job, not to its last stage
        if (mode == ProgressMode.JSON) {
            json(event("end").put("outcome", outcome));
        }
        err.flush();
    }

    private void endStage() {
        if (stage == null) {
            return;
        }
        if (mode == ProgressMode.BAR && barDrawn) {
            if (total >= 0) {
                done = Math.max(done, total);
            }
            drawBar();
            err.print('\n');
            barDrawn = false;
        }
        if (mode == ProgressMode.JSON && done > 0) {
            json(event("progress").put("done", done).put("total", total));
        }
        err.flush();
    }

    private void drawBar() {
        StringBuilder sb = new StringBuilder("\r").append(stage).append(' ');
        if (total > 0) {
            int filled = (int) Math.min(BAR_WIDTH, BAR_WIDTH * done / total);
            sb.append('[').append("#".repeat(filled)).append("-".repeat(BAR_WIDTH - filled)).append("] ");
        }
        sb.append(counts()).append(rateAndEta(nanoClock.getAsLong())).append("\u001b[K"); // erase to end of line
        err.print(sb);
        err.flush();
        barDrawn = true;
    }

    private void clearBar() {
        if (barDrawn) {
            err.print("\r\u001b[K");
            barDrawn = false;
        }
    }

    private String counts() {
        if (total > 0) {
            return String.format(Locale.ROOT, "%3d%% %s/%s", 100 * done / total, fmt(done), fmt(total));
        }
        return done > 0 ? fmt(done) : "";
    }

    private String rateAndEta(long now) {
        double seconds = (now - stageStart) / 1e9;
        if (seconds <= 0 || done <= 0) {
            return "";
        }
        double rate = done / seconds;
        String s = "  " + fmt((long) rate) + "/s";
        if (total > 0 && done < total) {
            long eta = (long) Math.ceil((total - done) / rate);
            s += String.format(Locale.ROOT, "  ETA %d:%02d", eta / 60, eta % 60);
        }
        return s;
    }

    private ObjectNode event(String name) {
        ObjectNode n = JSON.createObjectNode().put("event", name);
        if (stage != null) {
            n.put("stage", stage);
        }
        return n;
    }

    private void json(ObjectNode node) {
        line(node.toString());
    }

    private void line(String text) {
        err.println(text);
        err.flush();
    }

    /// Counts with thousands separators, independent of the user's locale.
    static String fmt(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
