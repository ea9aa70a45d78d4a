package org.vwb.vocab.edit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/// Renders a JSON tree in one of the [JsonStyle]s, byte for byte as the tool that defines the style.
///
/// serde_json escapes only `"`, `\` and the control characters (short forms for `\b \t \n \f \r`,
/// lowercase four-digit hex escapes otherwise), writes everything else as raw UTF-8, and formats floats with ryu
/// (shortest round-trip digits; plain notation for magnitudes in [1e-5, 1e16), else `1.5e-7`).
final class JsonText {
    private static final ObjectMapper JACKSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final StringBuilder out;
    private final boolean pretty;

    private JsonText(StringBuilder out, boolean pretty) {
        this.out = out;
        this.pretty = pretty;
    }

    static byte[] render(JsonNode node, JsonStyle style) {
        if (style == JsonStyle.JACKSON_PRETTY) {
            try {
                return JACKSON.writeValueAsBytes(node);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a JSON tree always serialises", e);
            }
        }
        StringBuilder sb = new StringBuilder(1 << 16);
        new JsonText(sb, style == JsonStyle.HF_PRETTY).value(node, 0);
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void value(JsonNode node, int depth) {
        switch (node.getNodeType()) {
            case OBJECT -> object(node, depth);
            case ARRAY -> array(node, depth);
            case STRING -> string(node.textValue());
            case BOOLEAN -> out.append(node.booleanValue());
            case NULL, MISSING -> out.append("null");
            case NUMBER -> number(node);
            default -> throw new IllegalArgumentException("not a JSON value: " + node.getNodeType());
        }
    }

    private void object(JsonNode node, int depth) {
        if (node.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            out.append(first ? "" : ",");
            first = false;
            newline(depth + 1);
            string(e.getKey());
            out.append(pretty ? ": " : ":");
            value(e.getValue(), depth + 1);
        }
        newline(depth);
        out.append('}');
    }

    private void array(JsonNode node, int depth) {
        if (node.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        for (int i = 0; i < node.size(); i++) {
            out.append(i == 0 ? "" : ",");
            newline(depth + 1);
            value(node.get(i), depth + 1);
        }
        newline(depth);
        out.append(']');
    }

    private void newline(int depth) {
        if (pretty) {
            out.append('\n');
            out.repeat(' ', 2 * depth);
        }
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private void number(JsonNode node) {
        if (node.isIntegralNumber()) {
            out.append(node.bigIntegerValue());
        } else {
            out.append(ryu(node.doubleValue()));
        }
    }

    /// A double as serde_json (ryu's `format64`) writes it.
    static String ryu(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return "null"; // serde_json writes non-finite floats as null
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        StringBuilder sb = new StringBuilder(d < 0 ? "-" : "");
        BigDecimal shortest = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        String digits = shortest.unscaledValue().toString();
        int length = digits.length();
        int k = -shortest.scale();
        int kk = length + k; // 10^(kk-1) <= |d| < 10^kk
        if (k >= 0 && kk <= 16) {
            sb.append(digits).repeat('0', k).append(".0");
        } else if (kk > 0 && kk <= 16) {
            sb.append(digits, 0, kk).append('.').append(digits, kk, length);
        } else if (kk > -5 && kk <= 0) {
            sb.append("0.").repeat('0', -kk).append(digits);
        } else if (length == 1) {
            sb.append(digits).append('e').append(kk - 1);
        } else {
            sb.append(digits, 0, 1).append('.').append(digits, 1, length).append('e').append(kk - 1);
        }
        return sb.toString();
    }
}
