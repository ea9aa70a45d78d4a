package org.vwb.embedinit.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.common.JobContext;

class ReportWriterTest {
    @TempDir
    static Path dir;
    static WrittenReport written;

    @BeforeAll
    static void writeOnce() throws Exception {
        Fixture f = new Fixture();
        DiagnosticsReport r = Diagnostics.run(DiagnosticsTest.LA, f.input(HeadMode.UNTIED, DiagnosticsTest.OPTIONS),
                JobContext.silent());
        ReportInfo info = new ReportInfo("9.9-test", "scalar test backend",
                Map.of("base", Map.of("folder", "/m/base", "rows", 400)),
                List.of(new InputHash("base", "config.json", "file", 12, "ab".repeat(32))), Map.of("why", "testing"));
        written = ReportWriter.write(r, info, dir);
    }

    @Test
    void jsonParsesAndCarriesTheVerdictCounts() throws Exception {
        JsonNode root = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        assertEquals("vwb.diagnose/1", root.path("format").asText());
        assertEquals("9.9-test", root.path("tool").path("version").asText());
        assertEquals(300, root.path("parameters").path("sample").asInt());
        assertEquals("testing", root.path("parameters").path("why").asText());
        assertEquals(64, root.path("hashes").get(0).path("sha256").asText().length());
        JsonNode matrices = root.path("summary").path("matrices");
        assertEquals(2, matrices.size());
        for (JsonNode m : matrices) {
            // 10 inside by construction or near the mean, 8 outside; the zero padding row is decided too
            assertEquals(19, m.path("hull").path("inside").asInt() + m.path("hull").path("outside").asInt()
                    + m.path("hull").path("undecided").asInt(), m.toString());
            assertTrue(m.path("hull").path("inside").asInt() >= 10, m.toString());
            assertTrue(m.path("hull").path("outside").asInt() >= 8, m.toString());
            assertEquals(6, m.path("hull").path("decidedBy").path("recorded_mixture").asInt(), m.toString());
        }
        assertTrue(matrices.get(1).has("dominance"));
        JsonNode first = root.path("tokens").get(0);
        assertEquals(Fixture.MARKUP_TOKEN, first.path("token").asText());
        assertEquals("inside", first.path("matrices").path("input").path("hull").path("verdict").asText());
        assertEquals(2, first.path("matrices").path("input").path("sources").size());
        assertEquals(3, first.path("matrices").path("output").path("neighbours").size());
        assertEquals(19, root.path("tokens").size());
        assertEquals(19, root.path("projections").path("input").path("new").size());
    }

    @Test
    void tokensCsvHasTheDocumentedColumnsAndOneLinePerRowAndMatrix() throws Exception {
        try (Reader in = Files.newBufferedReader(dir.resolve("tokens.csv"), StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            assertEquals(List.of("token", "id", "padding", "matrix", "strategy", "origin", "sources", "norm",
                    "cosine_to_mean", "verdict", "decided_by", "iterations", "distance_lower", "distance_upper",
                    "relative_lower", "relative_upper", "dominance", "neighbours", "note"), p.getHeaderNames());
            List<CSVRecord> records = p.getRecords();
            assertEquals(38, records.size());
            CSVRecord fresh = records.get(14);
            assertEquals("fresh", fresh.get("strategy"));
            assertEquals("outside", fresh.get("verdict"));
            assertTrue(Double.parseDouble(fresh.get("distance_lower")) > 0);
            assertEquals(Fixture.MARKUP_TOKEN, records.get(0).get("token"));
            assertEquals("", records.get(0).get("dominance"), "no dominance on an untied model's input rows");
            assertFalse(records.get(19).get("dominance").isEmpty(), "the head rows have it");
        }
        assertEquals("matrix,strategy,rows,origins,median_norm,mean_cosine_to_mean,inside,outside,undecided,"
                + "median_relative_lower,median_relative_upper,mean_top_cosine,mean_dominance",
                Files.readAllLines(dir.resolve("strategies.csv")).get(0));
    }

    @Test
    void htmlIsSelfContainedAndEscapesTokens() throws Exception {
        String html = Files.readString(dir.resolve("report.html"));
        Matcher refs = Pattern.compile("(?i)(src|href)\\s*=\\s*\"([^\"]*)\"").matcher(html);
        int images = 0;
        while (refs.find()) {
            assertTrue(refs.group(2).startsWith("data:image/png;base64,"), "external reference: " + refs.group(0));
            images++;
        }
        assertEquals(written.plots().size(), images);
        assertFalse(Pattern.compile("(?i)(https?:|file:|url\\()").matcher(html).find(), "no http/file/url() reference");
        assertFalse(html.contains("<script"), "the old token <script> must be escaped");
        assertTrue(html.contains("&lt;script&gt;"));
        assertFalse(html.contains(Fixture.MARKUP_TOKEN));
        assertTrue(html.contains("&lt;b&gt;&amp;amp;&quot;x&#39;&lt;/b&gt;"));
        assertTrue(html.contains("中文"));
    }

    @Test
    void plotsArePngFilesOfTheStatedSizeAndMatchTheEmbeddedOnes() throws Exception {
        assertEquals(8, written.plots().size(), "four plots per matrix");
        for (Plot p : written.plots()) {
            byte[] file = Files.readAllBytes(dir.resolve("plots").resolve(p.name()));
            assertArrayEquals(p.png(), file);
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(file));
            assertEquals(960, img.getWidth());
            assertEquals(520, img.getHeight());
        }
        assertTrue(written.files().containsAll(List.of("report.json", "report.html", "tokens.csv", "strategies.csv",
                "plots/pca-input.png", "plots/norms-output.png")));
    }
}
