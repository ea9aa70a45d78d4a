package org.vwb.embedinit.eval.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.vwb.embedinit.eval.ReconstructionException;
import org.vwb.vocab.TokenizerEncoder;
import org.vwb.vocab.edit.SentencePieceDocument;
import org.vwb.vocab.edit.TokenizerJsonDocument;
import org.vwb.vocab.spm.proto.SentencePieceModel.ModelProto;

/// The model's tokenizer with the held-out pieces made unreachable: a temporary copy of the file in which
/// each held-out piece is renamed to a string that contains a plain space — which no input can produce,
/// since every supported pipeline turns spaces into `▁`/`Ġ` or splits on them — while every id stays
/// where it was. For BPE `tokenizer.json` the merges that make or use a held-out piece are dropped too
/// (the library refuses merges naming a missing piece); pieces built only through them become
/// unreachable as well, which [ReductionCheck][org.vwb.embedinit.eval.ReductionCheck] counts.
public final class ReducedTokenizer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final TokenizerEncoder encoder;
    private volatile boolean open = true;

    private ReducedTokenizer(Path dir, TokenizerEncoder encoder) {
        this.dir = dir;
        this.encoder = encoder;
    }

    /// The stand-in piece of held-out id `id`.
    public static String renamed(int id) {
        return "vwb held out " + id;
    }

    /// Writes the reduced copy of `file` into a temporary folder and opens it with the native engine.
    ///
    /// @throws ReconstructionException for a tokenizer model type that cannot be reduced
    public static ReducedTokenizer open(Path file, BitSet heldOut) throws IOException {
        Path dir = Files.createTempDirectory("vwb-reconstruct-");
        boolean done = false;
        try {
            Path out;
            if (looksLikeJson(file)) {
                out = dir.resolve("tokenizer.json");
                Files.write(out, JSON.writeValueAsBytes(reduceJson(file, heldOut)));
            } else {
                out = dir.resolve("tokenizer.model");
                Files.write(out, reduceSentencePiece(file, heldOut).toByteArray());
            }
            ReducedTokenizer r = new ReducedTokenizer(dir, TokenizerEncoder.open(out));
            done = true;
            return r;
        } finally {
            if (!done) {
                delete(dir);
            }
        }
    }

    /// The engine over the reduced file.
    public TokenizerEncoder encoder() {
        return encoder;
    }

    /// Whether [#close] has not been called yet (the native engine must not be used after it).
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() throws IOException {
        open = false;
        encoder.close();
        delete(dir);
    }

    static ObjectNode reduceJson(Path file, BitSet heldOut) throws IOException {
        TokenizerJsonDocument doc = TokenizerJsonDocument.read(file);
        ObjectNode root = doc.tree();
        ObjectNode model = (ObjectNode) root.get("model");
        String type = doc.modelType();
        Set<String> removed = new HashSet<>();
        switch (type) {
            case "WordPiece", "WordLevel", "BPE" ->
                    model.set("vocab", renameKeys((ObjectNode) model.get("vocab"), heldOut, removed));
            case "Unigram" -> renameUnigram((ArrayNode) model.get("vocab"), heldOut, removed);
            default -> throw new ReconstructionException(ReconstructionException.Reason.UNSUPPORTED_TOKENIZER,
                    file + ": model.type '" + type + "' cannot be reduced; expected WordPiece, WordLevel, BPE or Unigram");
        }
        if (type.equals("BPE") && model.get("merges") instanceof ArrayNode merges) {
            dropMerges(merges, removed);
        }
        return root;
    }

    private static ObjectNode renameKeys(ObjectNode vocab, BitSet heldOut, Set<String> removed) {
        ObjectNode out = JSON.createObjectNode();
        for (Map.Entry<String, JsonNode> e : vocab.properties()) {
            int id = e.getValue().asInt();
            boolean hide = heldOut.get(id);
            if (hide) {
                removed.add(e.getKey());
            }
            out.set(hide ? renamed(id) : e.getKey(), e.getValue());
        }
        return out;
    }

    private static void renameUnigram(ArrayNode vocab, BitSet heldOut, Set<String> removed) {
        for (int id = heldOut.nextSetBit(0); id >= 0 && id < vocab.size(); id = heldOut.nextSetBit(id + 1)) {
            ArrayNode entry = (ArrayNode) vocab.get(id);
            removed.add(entry.get(0).asText());
            entry.set(0, renamed(id));
        }
    }

    /// Drops every merge whose parts or result is a held-out piece.
    private static void dropMerges(ArrayNode merges, Set<String> removed) {
        for (Iterator<JsonNode> it = merges.iterator(); it.hasNext(); ) {
            JsonNode m = it.next();
            String left;
            String right;
            if (m.isTextual()) {
                String s = m.asText();
                int cut = s.indexOf(' ');
                left = s.substring(0, cut);
                right = s.substring(cut + 1);
            } else {
                left = m.get(0).asText();
                right = m.get(1).asText();
            }
            if (removed.contains(left) || removed.contains(right) || removed.contains(left + right)) {
                it.remove();
            }
        }
    }

    static ModelProto reduceSentencePiece(Path file, BitSet heldOut) throws IOException {
        ModelProto.Builder b = SentencePieceDocument.read(file).proto().toBuilder();
        for (int id = heldOut.nextSetBit(0); id >= 0 && id < b.getPiecesCount(); id = heldOut.nextSetBit(id + 1)) {
            b.setPieces(id, b.getPieces(id).toBuilder().setPiece(renamed(id)));
        }
        return b.build();
    }

    private static boolean looksLikeJson(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            int c = in.read();
            while (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                c = in.read();
            }
            return c == '{';
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
