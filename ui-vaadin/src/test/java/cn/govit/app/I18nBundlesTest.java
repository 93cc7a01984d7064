package cn.govit.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every UI text comes from the bundles: both languages have the same keys, and views hold no Chinese literals. */
class I18nBundlesTest {

    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        Properties zh = load("/messages.properties");
        Properties en = load("/messages_en.properties");
        assertThat(zh.stringPropertyNames()).isNotEmpty().containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
    }

    @Test
    void defaultBundleIsSimplifiedChinese() throws IOException {
        Properties zh = load("/messages.properties");
        assertThat(zh.getProperty("app.title")).matches(".*\\p{IsHan}.*");
        assertThat(zh.getProperty("project.new")).isEqualTo("新建项目");
    }

    @Test
    void viewsHaveNoHardCodedChineseText() throws IOException {
        List<String> offenders;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            offenders = sources.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/ui/"))
                    .flatMap(I18nBundlesTest::chineseLiterals)
                    .toList();
        }
        assertThat(offenders).isEmpty();
    }

    private static Stream<String> chineseLiterals(Path source) {
        try {
            String code = Files.readString(source).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
            Matcher m = STRING_LITERAL.matcher(code);
            Stream.Builder<String> found = Stream.builder();
            while (m.find()) {
                if (HAN.matcher(m.group(1)).find()) {
                    found.add(source.getFileName() + ": " + m.group());
                }
            }
            return found.build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18nBundlesTest.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
