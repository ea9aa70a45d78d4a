package org.vwb.vocab.merge;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.vwb.vocab.Token;
import org.vwb.vocab.TokenKind;
import org.vwb.vocab.edit.AppendedPiece;
import org.vwb.vocab.edit.MergePair;

/// Writes the planned pieces into the base's tokenizer files and the id mapping.
final class MergeWriter {

    static final String ID_MAPPING = "vwb-id-mapping.json";
    static final String PROVENANCE = "vwb-provenance.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private MergeWriter() {
    }

    static void writeTokenizer(BaseTokenizer base, MergePlanner.Plan plan, Path dir) throws IOException {
        List<AppendedPiece> appended = plan.pieces().stream()
                .map(p -> new AppendedPiece(p.piece(), p.id(), p.score())).toList();
        if (base.model() != null) {
            base.model().withAppended(appended).write(dir.resolve(BaseTokenizer.MODEL));
        }
        if (base.json() != null) {
            List<MergePair> merges = base.model() != null ? convertedMerges(base, plan) : plan.merges();
            base.json().withAppended(appended, merges).write(dir.resolve(BaseTokenizer.JSON));
        }
    }

    /// For a json converted from a SentencePiece model, the merges SentencePiece implies: in SentencePiece
    /// BPE any adjacent pair whose concatenation is a piece merges with that piece's score, so each new
    /// piece gets every split into two normal pieces (the planned one first), grouped in score order —
    /// what transformers' converter derives for the base pieces.
    private static List<MergePair> convertedMerges(BaseTokenizer base, MergePlanner.Plan plan) {
        Set<String> normal = new HashSet<>();
        for (Token t : base.model().vocabulary().tokens()) {
            if (t.kind() == TokenKind.NORMAL) {
                normal.add(t.piece());
            }
        }
        plan.pieces().forEach(p -> normal.add(p.piece()));
        List<MergePair> out = new ArrayList<>();
        for (PlannedPiece p : plan.pieces()) {
            if (p.merge() == null) {
                continue;
            }
            out.add(p.merge());
            String s = p.piece();
            for (int cut = s.offsetByCodePoints(0, 1); cut < s.length(); cut = s.offsetByCodePoints(cut, 1)) {
                MergePair m = new MergePair(s.substring(0, cut), s.substring(cut));
                if (!m.equals(p.merge()) && normal.contains(m.left()) && normal.contains(m.right())) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /// `vwb-id-mapping.json`: old and new size, and for each new id its piece, text and the base ids
    /// of that text (what `embedding-init` averages or aligns from).
    static void writeIdMapping(BaseTokenizer base, MergePlanner.Plan plan, Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode().put("format", "vwb.id-mapping/1");
        root.put("oldSize", base.nextId()).put("newSize", base.nextId() + plan.pieces().size());
        ArrayNode list = root.putArray("newTokens");
        for (PlannedPiece p : plan.pieces()) {
            ObjectNode e = list.addObject().put("id", p.id()).put("piece", p.piece())
                    .put("text", base.vocabulary().decodedText(new Token(p.id(), p.piece(), TokenKind.NORMAL, 0f)))
                    .put("origin", p.origin().name());
            ArrayNode ids = e.putArray("baseIds");
            p.baseIds().forEach(ids::add);
        }
        Files.write(file, JSON.writeValueAsBytes(root));
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
