package cn.govit.core.web;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Request bodies a careless or hostile client sends, grown from a valid one by a seeded {@link Random}: fields
 * missing, extra, null or of the wrong type, nested arrays and objects, huge and strange strings (NUL, lone
 * surrogates, right-to-left, emoji), numbers out of range or with seven decimals, deep nesting, and then the bytes
 * themselves broken — truncated, invalid UTF-8, another encoding, empty, or not JSON at all.
 *
 * <p>Values are plain Java: {@link Map}, {@link List}, {@link String}, {@link Number}, {@link Boolean}, {@code null},
 * and {@link Raw} for a literal written as is (so {@code 1e400} or {@code NaN} reach the server's parser unchanged).
 */
final class JsonFuzz {

    /** A JSON literal written verbatim, valid or not. */
    record Raw(String text) {
    }

    /** What goes on the wire. */
    record Body(byte[] bytes, String contentType, String description) {
    }

    private static final String[] STRINGS = {"", " ", "\t\r\n", "null", "true", "0", "-1", "1e400", "NaN", "Infinity",
            "东湖区数据资源管理局", "  东湖区数据资源管理局  ", "مرحبا بالعالم\u202E", "\u202Eabc\u202C", "😀🏛️👨‍👩‍👧",
            "\u0000", "a\u0000b", "\uD800", "\uDC00x", "\uDBFF\uDFFF", "\u200B\uFEFF", "e\u0301", "\\", "\"", "'; DROP TABLE project; --",
            "<script>alert(1)</script>", "%s%n%d", "${jndi:ldap://x/a}", "2026-02-30", "2026-13-01", "0000-00-00",
            "+999999999-12-31", "2026-01-01T00:00:00Z", "00000000-0000-0000-0000-000000000000", "not-a-uuid",
            "construction", "SUBMIT ", "𠀀𪚥", "\u0007\u001B[31m", "﷽", "\r\n\r\nHTTP/1.1 200 OK"};

    private static final Object[] NUMBERS = {0, -1, 1, -0.01, new BigDecimal("1.0000001"), new BigDecimal("-100.00"),
            new BigDecimal("1E+15"), new BigDecimal("999999999999.99"), new BigDecimal("1000000000000.00"),
            Long.MAX_VALUE, Long.MIN_VALUE, Integer.MAX_VALUE, 2_147_483_648L, 1.5, -0.0,
            new Raw("1e400"), new Raw("-1e400"), new Raw("1e-400"), new Raw("99999999999999999999999999999"),
            new Raw("9223372036854775808"), new Raw("NaN"), new Raw("Infinity"), new Raw("-Infinity"), new Raw("01"),
            new Raw("1."), new Raw(".5"), new Raw("0x10"), new Raw("1_000"), new Raw("+1")};

    private static final String[] CONTENT_TYPES = {"text/plain", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data", "multipart/form-data; boundary=x", "application/json; charset=UTF-16",
            "application/json; charset=ISO-8859-1", "application/json; charset=nonsense", "application/json; charset=",
            "application/*", "*/*", "", "application/merge-patch+json", "application/problem+json",
            "application/vnd.api+json", "application/json;;;", "json", "application/octet-stream", "text/json"};

    private final Random random;

    JsonFuzz(Random random) {
        this.random = random;
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    <T> T oneOf(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** {@code template} with a few random changes, the template itself untouched. */
    Object mutate(Object template) {
        Object value = copy(template);
        int changes = chance(25) ? 0 : 1 + random.nextInt(chance(20) ? 12 : 3);
        for (int i = 0; i < changes; i++) {
            value = mutateAt(value, 0);
        }
        return value;
    }

    /** Replaces, removes or adds one thing somewhere in {@code value}; the new value (the root may be replaced). */
    private Object mutateAt(Object value, int depth) {
        if (value instanceof Map<?, ?> map && !map.isEmpty() && chance(70) && depth < 8) {
            @SuppressWarnings("unchecked")
            Map<String, Object> object = (Map<String, Object>) map;
            List<String> keys = new ArrayList<>(object.keySet());
            String key = keys.get(random.nextInt(keys.size()));
            switch (random.nextInt(6)) {
                case 0 -> object.remove(key);
                case 1 -> object.put(key, null);
                case 2 -> object.put(randomKey(), anything(0));
                default -> object.put(key, mutateAt(object.get(key), depth + 1));
            }
            return object;
        }
        if (value instanceof List<?> list && !list.isEmpty() && chance(70) && depth < 8) {
            @SuppressWarnings("unchecked")
            List<Object> array = (List<Object>) list;
            int i = random.nextInt(array.size());
            switch (random.nextInt(5)) {
                case 0 -> array.remove(i);
                case 1 -> array.add(i, null);
                case 2 -> array.addAll(Collections.nCopies(1 + random.nextInt(copies(array.get(i))), array.get(i)));
                default -> array.set(i, mutateAt(array.get(i), depth + 1));
            }
            return array;
        }
        return replacement(value);
    }

    /** Up to 600 copies of an element, short of a body of about 1 MB (beyond what any form sends). */
    private static int copies(Object element) {
        return Math.clamp(1_000_000 / (write(element, false).length() + 1), 1, 600);
    }

    /** Another value in place of {@code old}: of its own type but strange, or of any other type. */
    private Object replacement(Object old) {
        if (chance(50)) {
            if (old instanceof String s) {
                return chance(30) ? s + string() : string();
            }
            if (old instanceof Number) {
                return number();
            }
            if (old instanceof Boolean) {
                return oneOf(List.of(new Raw("TRUE"), "true", 1, "yes", new Raw("nul")));
            }
        }
        return anything(0);
    }

    Object anything(int depth) {
        return switch (random.nextInt(depth > 3 ? 4 : 7)) {
            case 0 -> null;
            case 1 -> random.nextBoolean();
            case 2 -> number();
            case 3 -> string();
            case 4 -> {
                List<Object> list = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    list.add(anything(depth + 1));
                }
                yield list;
            }
            case 5 -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    map.put(randomKey(), anything(depth + 1));
                }
                yield map;
            }
            default -> deep(50 + random.nextInt(3000));
        };
    }

    /** Arrays or objects nested {@code levels} deep. */
    private Object deep(int levels) {
        StringBuilder s = new StringBuilder();
        boolean arrays = random.nextBoolean();
        for (int i = 0; i < levels; i++) {
            s.append(arrays ? "[" : "{\"a\":");
        }
        s.append("1");
        for (int i = 0; i < levels; i++) {
            s.append(arrays ? "]" : "}");
        }
        return new Raw(s.toString());
    }

    Object number() {
        return chance(20) ? random.nextLong() : NUMBERS[random.nextInt(NUMBERS.length)];
    }

    String string() {
        return switch (random.nextInt(10)) {
            case 0 -> String.valueOf((char) random.nextInt(0x10000)).repeat(1 + random.nextInt(300));
            case 1 -> huge();
            case 2 -> new UUID(random.nextLong(), random.nextLong()).toString();
            case 3 -> randomCodePoints(1 + random.nextInt(40));
            default -> STRINGS[random.nextInt(STRINGS.length)];
        };
    }

    /** From just over a field's limit up to 100 kB. */
    private String huge() {
        int[] lengths = {201, 4001, 8001, 65_536, 100_000};
        String unit = oneOf(List.of("字", "a", "😀", "\u0000", " "));
        return unit.repeat(lengths[random.nextInt(lengths.length)] / unit.length());
    }

    private String randomCodePoints(int count) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            int cp = random.nextInt(0x110000);
            s.appendCodePoint(cp >= 0xD800 && cp <= 0xDFFF && random.nextBoolean() ? 0x4E00 + random.nextInt(0x5000) : cp);
        }
        return s.toString();
    }

    private String randomKey() {
        return chance(80) ? "x" + random.nextInt(100) : string();
    }

    /**
     * The bytes of {@code value}: usually well-formed JSON with {@code application/json}, sometimes with another
     * content type, another encoding, broken bytes, or no body at all.
     */
    Body body(Object value) {
        String json = write(value, chance(10));
        byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
        int how = random.nextInt(100);
        if (how < 70) {
            return new Body(utf8, "application/json", "json");
        }
        if (how < 76) {
            return new Body(utf8, CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)], "content type");
        }
        if (how < 79) {
            return new Body(utf8, null, "no content type");
        }
        if (how < 82) {
            return new Body(json.getBytes(StandardCharsets.UTF_16), chance(50) ? "application/json; charset=UTF-16"
                    : "application/json", "UTF-16");
        }
        if (how < 85) {
            return new Body(withBom(utf8), "application/json", "BOM");
        }
        if (how < 90) {
            return new Body(invalidUtf8(utf8), "application/json", "invalid UTF-8");
        }
        if (how < 94) {
            return new Body(Arrays.copyOf(utf8, random.nextInt(utf8.length + 1)), "application/json",
                    "truncated");
        }
        if (how < 97) {
            return new Body(new byte[0], chance(80) ? "application/json" : null, "empty");
        }
        byte[] garbage = new byte[1 + random.nextInt(1024)];
        random.nextBytes(garbage);
        return new Body(garbage, "application/json", "binary");
    }

    private static byte[] withBom(byte[] utf8) {
        byte[] bytes = new byte[utf8.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bytes, 3, utf8.length);
        return bytes;
    }

    /** Overlong NUL, a CESU-8 surrogate, a stray continuation or lead byte, cut multi-byte sequences. */
    private byte[] invalidUtf8(byte[] utf8) {
        byte[][] bad = {{(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF},
                {(byte) 0x80}, {(byte) 0xE4, (byte) 0xB8}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = random.nextInt(utf8.length + 1);
        out.write(utf8, 0, at);
        out.writeBytes(bad[random.nextInt(bad.length)]);
        out.write(utf8, at, utf8.length - at);
        return out.toByteArray();
    }

    /** JSON text; non-ASCII as {@code \\uXXXX} escapes when asked, lone surrogates always escaped. */
    static String write(Object value, boolean asciiOnly) {
        StringBuilder s = new StringBuilder();
        write(value, asciiOnly, s);
        return s.toString();
    }

    private static void write(Object value, boolean asciiOnly, StringBuilder s) {
        switch (value) {
            case null -> s.append("null");
            case Raw raw -> s.append(raw.text());
            case String string -> quote(string, asciiOnly, s);
            case BigDecimal decimal -> s.append(decimal.toString());
            case Number number -> s.append(number);
            case Boolean bool -> s.append(bool);
            case Map<?, ?> map -> {
                s.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    s.append(first ? "" : ",");
                    first = false;
                    quote(String.valueOf(e.getKey()), asciiOnly, s);
                    s.append(':');
                    write(e.getValue(), asciiOnly, s);
                }
                s.append('}');
            }
            case List<?> list -> {
                s.append('[');
                for (int i = 0; i < list.size(); i++) {
                    s.append(i == 0 ? "" : ",");
                    write(list.get(i), asciiOnly, s);
                }
                s.append(']');
            }
            default -> quote(value.toString(), asciiOnly, s);
        }
    }

    private static void quote(String string, boolean asciiOnly, StringBuilder s) {
        s.append('"');
        for (int i = 0; i < string.length(); i++) {
            char c = string.charAt(i);
            boolean lone = Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < string.length()
                    && Character.isLowSurrogate(string.charAt(i + 1)))
                    && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(string.charAt(i - 1)));
            if (c == '"' || c == '\\') {
                s.append('\\').append(c);
            } else if (c < 0x20 || lone || asciiOnly && c > 0x7E) {
                s.append(String.format("\\u%04x", (int) c));
            } else {
                s.append(c);
            }
        }
        s.append('"');
    }

    @SuppressWarnings("unchecked")
    private static Object copy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((k, v) -> copy.put(k, copy(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(copy(v)));
            return copy;
        }
        return value;
    }
}
