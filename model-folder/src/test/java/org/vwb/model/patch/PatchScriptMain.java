package org.vwb.model.patch;

import java.io.IOException;
import java.nio.file.Path;

import org.vwb.common.JobContext;
import org.vwb.safetensors.DType;
import org.vwb.samples.SyntheticModelSpec;

/// The child process of `scripts/kill-test.sh`, `scripts/disk-full-test.sh` and `scripts/reflink-test.sh`:
/// sets up a synthetic base with an expanded tokenizer, writes one patch of it, or verifies an output, in a
/// JVM of its own that the scripts kill, starve of disk space or run on another file system.
///
/// ```
/// setup <work> <vocab> <hidden> <layers> <intermediate> <shards>
/// write <work> <out> <seed> <overwrite> [no-space-check] [early]
/// verify <work> <out>
/// ```
/// `early` starts the copy of the base's unchanged tensors first ([BaseCopy]), waits half a second (the
/// CPU stages of `vwb expand` would run then), and hands it to the write, as `vwb expand` and `vwb init` do.
/// Exit codes of `write`: 0 written and verified, 3 output exists, 4 not enough space, 5 another I/O error;
/// of `verify` ([PatchVerifier], standalone): 0 passed, 6 differences found.
public final class PatchScriptMain {
    private PatchScriptMain() {
    }

    /// Runs one command.
    public static void main(String[] args) throws IOException {
        switch (args[0]) {
            case "setup" -> setup(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]), Integer.parseInt(args[5]), Integer.parseInt(args[6]));
            case "write" -> {
                java.util.List<String> flags = java.util.List.of(args).subList(5, args.length);
                System.exit(write(Path.of(args[1]), Path.of(args[2]), Long.parseLong(args[3]),
                        Boolean.parseBoolean(args[4]), flags.contains("no-space-check"), flags.contains("early")));
            }
            case "verify" -> System.exit(verify(Path.of(args[1]), Path.of(args[2])));
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    private static void setup(Path work, int vocab, int hidden, int layers, int intermediate, int shards)
            throws IOException {
        SyntheticModelSpec spec = new SyntheticModelSpec(vocab, hidden, layers, intermediate, 8, 4, false, DType.BF16,
                shards, 42L);
        Path base = PatchFixtures.synthetic(spec, work);
        PatchFixtures.expandedTokenizer(base, work);
        System.out.println("base " + base + ", tokenizer " + work.resolve("tokenizer"));
    }

    /// The standalone verify of `out` against `work`'s base: 0 when it passes, 6 with its differences.
    private static int verify(Path work, Path out) throws IOException {
        try {
            VerifyReport r = PatchVerifier.verify(work.resolve("base"), out, JobContext.silent());
            System.out.println("verified " + r.tensorsChecked() + " tensors, " + r.bytesCompared() + " bytes");
            return 0;
        } catch (PatchVerificationException e) {
            System.out.println("differences: " + e.differences());
            return 6;
        }
    }

    private static int write(Path work, Path out, long seed, boolean overwrite, boolean noSpaceCheck,
                             boolean early) throws IOException {
        Path base = work.resolve("base");
        Path tok = work.resolve("tokenizer");
        int oldRows = PatchFixtures.size(base);
        int newSize = PatchFixtures.size(tok);
        int hidden = org.vwb.model.ModelFolder.open(base).config().hiddenSize();
        NewRows rows = NewRows.untied(PatchFixtures.rows(newSize - oldRows, hidden, seed),
                PatchFixtures.rows(newSize - oldRows, hidden, seed + 1000));
        PatchRequest request = PatchRequest.of(base, out, tok, newSize, rows).withOverwrite(overwrite);
        CheckpointPatcher patcher = noSpaceCheck ? new CheckpointPatcher(_ -> Long.MAX_VALUE) : new CheckpointPatcher();
        try (BaseCopy copy = early ? patcher.startBaseCopy(base, out, overwrite) : null) {
            if (early) {
                Thread.sleep(500);
            }
            PatchResult r = early ? patcher.write(request, JobContext.silent(), copy)
                    : patcher.write(request, JobContext.silent());
            System.out.println("written " + r.output() + " in " + r.totalTime().toMillis() + " ms: " + r.phases());
            return 0;
        } catch (PatchException e) {
            System.out.println(e.reason() + ": " + e.getMessage());
            return switch (e.reason()) {
                case OUTPUT_EXISTS -> 3;
                case DISK_SPACE -> 4;
                default -> 5;
            };
        } catch (IOException e) {
            System.out.println("I/O error: " + e);
            return 5;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 5;
        }
    }
}
