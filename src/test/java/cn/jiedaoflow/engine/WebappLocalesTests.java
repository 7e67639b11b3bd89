package cn.jiedaoflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Chinese translations of the Camunda webapps, checked against the English files of the Camunda webjar on the
 * classpath. A Camunda upgrade that adds, renames or rewords keys, or changes an app's config.js, fails here until
 * our copies are brought up to date. Tasklist's config.js differs from Camunda's in its custom script and its
 * keyboard shortcuts' descriptions (shown as they are, never translated by Tasklist) too.
 */
class WebappLocalesTests {

    private static final String APP = "META-INF/resources/webjars/camunda/app/";
    private static final String WEBJAR = "camunda-webapp-webjar";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(.*?)\\s*}}");
    /** moment.js tokens of the date locales: %d, %s */
    private static final Pattern FORMAT_TOKEN = Pattern.compile("%[ds]");

    private static final Pattern HTML_TAG =
            Pattern.compile("</?(?:a|b|br|code|em|i|li|p|span|strong|ul)\\b[^>]*>", Pattern.CASE_INSENSITIVE);

    private static final String CAMUNDA_LOCALES_BLOCK = "(?m)^  // [\"']locales[\"']: \\{\\n"
            + "  //\\s+[\"']availableLocales[\"']: \\[[^\\]]*],\\n"
            + "  //\\s+[\"']fallbackLocale[\"']: [\"']en[\"']\\n"
            + "  //\\s+},\\n";
    private static final String OUR_LOCALES_BLOCK =
            "  locales: {\n" + "    availableLocales: ['zh', 'en'],\n" + "    fallbackLocale: 'zh'\n" + "  },\n";

    private static final String CAMUNDA_CUSTOM_SCRIPTS_BLOCK =
            "(?m)^  // customScripts: \\[\\n(?:  //.*\\n)*?  // ],\\n";
    private static final String OUR_TASKLIST_CUSTOM_SCRIPTS_BLOCK = "  customScripts: [\n"
            + "    // offers \"新建任务\" (create task) only to users the engine lets create tasks\n"
            + "    'scripts/create-task-permission',\n"
            + "    // opens every filter sorted by due date, soonest first, unless the user chose another sorting\n"
            + "    'scripts/due-date-sorting',\n"
            + "    // forms: dates as 2026-12-17 with Chinese names, an unreadable date refused, form-js's messages in"
            + " Chinese\n"
            + "    'scripts/staff-forms'\n"
            + "  ],\n";
    private static final Pattern SHORTCUT_DESCRIPTION = Pattern.compile("description: '([^']*)'");

    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
    /** What stays in Latin letters in a Chinese text: markup, placeholders, entities, addresses, date patterns. */
    private static final Pattern NOT_WORDS =
            Pattern.compile("<[^>]*>|\\{\\{.*?}}|&\\w+;|https?://\\S+|[yY]{4}-MM-[dD]{2}T[hH]{2}:mm:ss");
    /** A word with a small letter: English, unless one of the names that Chinese texts keep. */
    private static final Pattern WORD = Pattern.compile("[A-Za-z]*[a-z][A-Za-z]*");
    /**
     * Names kept in Chinese texts: the product, Optimize and the app ids (Admin's authorizations), the Ctrl key, the
     * values null and true as one types them, the developer's words of a resolver's error.
     */
    private static final Set<String> KEPT_WORDS =
            Set.of("Camunda", "Optimize", "cockpit", "tasklist", "Ctrl", "null", "true", "resolve", "promise");

    private static final Set<String> PRODUCTS = Set.of("Camunda", "Optimize");

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome", "admin", "cockpit"})
    void chineseHasEveryKeyOfEnglishAndNothingElse(String app) throws IOException {
        Map<String, JsonNode> en = flatten(json.readTree(text(fromWebjar(app, "locales/en.json"))));
        Map<String, JsonNode> zh = flatten(json.readTree(text(ours(app, "locales/zh.json"))));

        assertThat(zh.keySet()).as("keys of %s zh.json", app).containsExactlyInAnyOrderElementsOf(en.keySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome", "admin", "cockpit"})
    void everyChineseTextKeepsPlaceholdersAndMarkup(String app) throws IOException {
        Map<String, JsonNode> en = flatten(json.readTree(text(fromWebjar(app, "locales/en.json"))));
        Map<String, JsonNode> zh = flatten(json.readTree(text(ours(app, "locales/zh.json"))));

        List<String> problems = new ArrayList<>();
        en.forEach((key, english) -> {
            JsonNode chinese = zh.get(key);
            if (chinese == null) {
                return; // reported by the key test
            }
            if (chinese.getNodeType() != english.getNodeType()) {
                problems.add(key + ": " + chinese.getNodeType() + " instead of " + english.getNodeType());
                return;
            }
            if (!english.isTextual()) {
                return;
            }
            String e = english.asText();
            String c = chinese.asText();
            // Camunda's own en.json has a deliberately empty text (NO_TASK_FORM); Cockpit's plural ending "s" has
            // none in Chinese: only there may ours be empty
            if (c.isBlank() && !e.isBlank() && !e.equals("s")) {
                problems.add(key + ": empty");
            }
            if (!sorted(PLACEHOLDER, e).equals(sorted(PLACEHOLDER, c))) {
                problems.add(
                        key + ": placeholders " + sorted(PLACEHOLDER, c) + " instead of " + sorted(PLACEHOLDER, e));
            }
            if (!sorted(FORMAT_TOKEN, e).equals(sorted(FORMAT_TOKEN, c))) {
                problems.add(
                        key + ": format tokens " + sorted(FORMAT_TOKEN, c) + " instead of " + sorted(FORMAT_TOKEN, e));
            }
            if (!inOrder(HTML_TAG, e).equals(inOrder(HTML_TAG, c))) {
                problems.add(key + ": markup " + inOrder(HTML_TAG, c) + " instead of " + inOrder(HTML_TAG, e));
            }
        });
        assertThat(problems).as("texts of %s zh.json", app).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome", "admin", "cockpit"})
    void noEnglishIsLeftInTheChineseTexts(String app) throws IOException {
        Map<String, JsonNode> zh = flatten(json.readTree(text(ours(app, "locales/zh.json"))));

        List<String> english = new ArrayList<>();
        zh.forEach((key, chinese) -> {
            if (!key.startsWith("labels.") || !chinese.isTextual()) {
                return; // dateLocales hold moment.js formats, not texts
            }
            Matcher word = WORD.matcher(NOT_WORDS.matcher(chinese.asText()).replaceAll(" "));
            while (word.find()) {
                if (word.group().length() > 1 && !KEPT_WORDS.contains(word.group())) {
                    english.add(key + ": " + word.group() + " in \"" + chinese.asText() + "\"");
                }
            }
        });
        assertThat(english).as("English words in %s zh.json", app).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome", "admin", "cockpit"})
    void everyTextIsChineseSaveNamesAndSymbols(String app) throws IOException {
        Map<String, JsonNode> zh = flatten(json.readTree(text(ours(app, "locales/zh.json"))));

        List<String> notChinese = new ArrayList<>();
        zh.forEach((key, chinese) -> {
            String c = chinese.asText();
            // ID, CSV and the like, comparison signs, a date pattern, punctuation; the names of products
            boolean symbolsOnly =
                    !WORD.matcher(NOT_WORDS.matcher(c).replaceAll(" ")).find() || PRODUCTS.contains(c);
            if (key.startsWith("labels.") && !c.isEmpty() && !CHINESE.matcher(c).find() && !symbolsOnly) {
                notChinese.add(key + ": " + c);
            }
        });
        assertThat(notChinese).as("texts of %s zh.json without Chinese", app).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome", "admin", "cockpit"})
    void configOffersChineseFirstAndIsCamundasOtherwise(String app) throws IOException {
        String camunda = text(fromWebjar(app, "scripts/config.js"));
        String ours = text(ours(app, "scripts/config.js"));

        assertThat(camunda)
                .as("the commented locales block of Camunda's %s config.js", app)
                .containsPattern(CAMUNDA_LOCALES_BLOCK);
        String expected = camunda.replaceFirst(CAMUNDA_LOCALES_BLOCK, Matcher.quoteReplacement(OUR_LOCALES_BLOCK));
        if (app.equals("tasklist")) {
            assertThat(camunda).containsPattern(CAMUNDA_CUSTOM_SCRIPTS_BLOCK);
            expected = expected.replaceFirst(
                    CAMUNDA_CUSTOM_SCRIPTS_BLOCK, Matcher.quoteReplacement(OUR_TASKLIST_CUSTOM_SCRIPTS_BLOCK));
            ours = withDescriptionsOf(camunda, ours);
        }
        assertThat(ours)
                .as("%s config.js: Camunda's, with Chinese offered first and as fallback", app)
                .isEqualTo(expected);
    }

    @Test
    void tasklistDescribesItsKeyboardShortcutsInChinese() throws IOException {
        List<String> descriptions = inOrder(SHORTCUT_DESCRIPTION, text(ours("tasklist", "scripts/config.js")));

        assertThat(descriptions)
                .hasSameSizeAs(inOrder(SHORTCUT_DESCRIPTION, text(fromWebjar("tasklist", "scripts/config.js"))))
                .isNotEmpty()
                .allSatisfy(description ->
                        assertThat(description).containsPattern(CHINESE).doesNotContainPattern("[A-Za-z]{2,}"));
    }

    /** Our config.js with Camunda's shortcut descriptions in place of ours, one after the other. */
    private static String withDescriptionsOf(String camunda, String ours) {
        List<String> theirs = inOrder(SHORTCUT_DESCRIPTION, camunda);
        Matcher description = SHORTCUT_DESCRIPTION.matcher(ours);
        StringBuilder result = new StringBuilder();
        int i = 0;
        while (description.find()) {
            String replacement = i < theirs.size() ? "description: '" + theirs.get(i) + "'" : description.group();
            description.appendReplacement(result, Matcher.quoteReplacement(replacement));
            i++;
        }
        description.appendTail(result);
        return result.toString();
    }

    /** The file of the Camunda webjar, not ours at the same path. */
    private static URL fromWebjar(String app, String file) throws IOException {
        for (URL url : Collections.list(loader().getResources(APP + app + "/" + file))) {
            if (url.toString().startsWith("jar:") && url.toString().contains(WEBJAR)) {
                return url;
            }
        }
        throw new AssertionError("no " + APP + app + "/" + file + " in the Camunda webjar on the classpath");
    }

    /** Our file, from the build output rather than from a jar. */
    private static URL ours(String app, String file) throws IOException {
        for (URL url : Collections.list(loader().getResources(APP + app + "/" + file))) {
            if (!url.toString().startsWith("jar:")) {
                return url;
            }
        }
        throw new AssertionError("no " + APP + app + "/" + file + " of ours on the classpath");
    }

    private static ClassLoader loader() {
        return WebappLocalesTests.class.getClassLoader();
    }

    /** UTF-8 text without the byte order mark that Camunda's locale files start with. */
    private static String text(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }
    }

    /** labels.FOO.BAR, dateLocales.months[0] etc. mapped to their leaf values. */
    private static Map<String, JsonNode> flatten(JsonNode root) {
        Map<String, JsonNode> flat = new LinkedHashMap<>();
        flatten("", root, flat);
        return flat;
    }

    private static void flatten(String path, JsonNode node, Map<String, JsonNode> flat) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), flat);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), flat);
            }
        } else {
            flat.put(path, node);
        }
    }

    private static List<String> sorted(Pattern pattern, String text) {
        List<String> found = inOrder(pattern, text);
        Collections.sort(found);
        return found;
    }

    private static List<String> inOrder(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.groupCount() > 0 ? matcher.group(1) : matcher.group());
        }
        return found;
    }
}
