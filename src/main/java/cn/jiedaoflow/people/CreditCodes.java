package cn.jiedaoflow.people;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Unified social credit codes (统一社会信用代码) under GB 32100-2015: 18 characters of the code's alphabet (digits
 * and the capitals without I, O, S, V and Z); the registration authority (1st) with one of its organisation types
 * (2nd); the six-digit address code of the registering office (3rd–8th); the organisation's identifier (9th–17th);
 * and the check character (18th), MOD 31 with the weights 3<sup>i</sup> mod 31.
 */
public final class CreditCodes {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final Pattern SHAPE = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}");
    /** Each registration authority's organisation types (GB 32100-2015, table 1). */
    private static final Map<Character, String> TYPES = Map.ofEntries(
            Map.entry('1', "1239"), // 机构编制: 机关, 事业单位, 编办直管群众团体, 其他
            Map.entry('2', "19"), // 外交
            Map.entry('3', "123459"), // 司法行政: 律师执业机构, 公证处, 基层法律服务所, 司法鉴定机构, 仲裁委员会, 其他
            Map.entry('4', "19"), // 文化
            Map.entry('5', "1239"), // 民政: 社会团体, 民办非企业单位, 基金会, 其他
            Map.entry('6', "129"), // 旅游
            Map.entry('7', "129"), // 宗教
            Map.entry('8', "19"), // 工会
            Map.entry('9', "123"), // 工商: 企业, 个体工商户, 农民专业合作社
            Map.entry('A', "19"), // 中央军委改革和编制办公室
            Map.entry('N', "1239"), // 农业: 组级, 村级, 乡镇级集体经济组织, 其他
            Map.entry('Y', "1")); // 其他

    private CreditCodes() {}

    /** The code as stored (stripped, upper case), or empty when it is not a valid one. */
    public static Optional<String> normalized(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (!SHAPE.matcher(code).matches()
                || code.startsWith("000000", 2)
                || TYPES.getOrDefault(code.charAt(0), "").indexOf(code.charAt(1)) < 0
                || code.charAt(17) != checkCharacter(code.substring(0, 17))) {
            return Optional.empty();
        }
        return Optional.of(code);
    }

    /** The MOD 31 check character of the first 17 characters (which must be of the alphabet). */
    static char checkCharacter(String first17) {
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
